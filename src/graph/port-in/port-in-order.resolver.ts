/** The links of a port-in order (its numbers, its activation groups) and a number's current port-in. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { portingNumberFromLine, portingNumberFromRow, toActivationGroup } from './port-in.mapper.js';
import { ActivationGroup, PortingNumber, PortInOrder } from './port-in-order.type.js';

@Resolver(() => PortInOrder)
export class PortInOrderResolver {
  @FieldResolver(() => [PortingNumber], {
    description:
      'Its numbers, each with its own status, port date and account data (one carrier call per order).\n\nCarrier: /orderDetail.',
  })
  async numbers(@Root() order: PortInOrder, @Ctx() ctx: GatewayContext): Promise<PortingNumber[]> {
    const detail = await ctx.loaders.orders.orderDetail.load(order.id);
    return (detail?.lines ?? []).map((l) => portingNumberFromLine(order.id, order.customerOrderReference ?? undefined, l));
  }

  @FieldResolver(() => [ActivationGroup], {
    description:
      'Groups of an on-demand port-in that can be activated now (FOC date reached); empty otherwise.\n\nCarrier: /portInOrderAvailableActivation.',
  })
  async activationGroups(@Root() order: PortInOrder, @Ctx() ctx: GatewayContext): Promise<ActivationGroup[]> {
    return (await ctx.loaders.portIn.activationGroups.load(order.id)).map(toActivationGroup);
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberPortInResolver {
  @FieldResolver(() => PortingNumber, {
    nullable: true,
    description:
      "The number's current port-in, while one is pending; null otherwise (one carrier call per request for every number).\n\nCarrier: /portInOrderTnList.",
  })
  async portIn(@Root() tn: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<PortingNumber | null> {
    const rows = await ctx.loaders.portIn.pendingNumbers.load('all');
    const mine = rows.filter((r) => r.tn === tn.tn).sort((a, b) => Number(b.orderId) - Number(a.orderId))[0];
    return mine ? portingNumberFromRow(mine) : null;
  }
}
