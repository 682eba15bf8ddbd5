/** portOutHistory, TelephoneNumber.portOutHistory and Order.portOuts: one /tnPortOutHistory read per request, shared. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { Order } from '../orders/order.type.js';
import { PortOut, toPortOut } from './port-out.type.js';

@Resolver(() => TelephoneNumber)
export class TelephoneNumberPortOutsResolver {
  @FieldResolver(() => [PortOut], {
    description:
      "The number's port-outs to other carriers settled in the past three months, oldest first; empty when none. Read once per " +
      'request for every number asked.\n\nCarrier: /tnPortOutHistory.',
  })
  async portOutHistory(@Root() n: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<PortOut[]> {
    return ((await ctx.loaders.portOuts.history()).byTn.get(n.tn) ?? []).map(toPortOut);
  }
}

@Resolver(() => Order)
export class OrderPortOutsResolver {
  @FieldResolver(() => [PortOut], {
    description:
      "A port-out order's numbers and where each ended (CLOSED: ported away; CANCELED), once the order settled within the past " +
      'three months; empty for other orders and pending port-outs (the carrier lists only settled ones). Read once per request ' +
      'for every order asked.\n\nCarrier: /tnPortOutHistory.',
  })
  async portOuts(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<PortOut[]> {
    return ((await ctx.loaders.portOuts.history()).byOrder.get(order.id) ?? []).map(toPortOut);
  }
}

@Resolver()
export class PortOutHistoryResolver {
  @Query(() => [PortOut], {
    description:
      "The account's port-outs settled in the past three months, one entry per order and number, including numbers that have " +
      'left the account (which `telephoneNumber` no longer finds).\n\nCarrier: /tnPortOutHistory.',
  })
  async portOutHistory(@Ctx() ctx: GatewayContext): Promise<PortOut[]> {
    return [...(await ctx.loaders.portOuts.history()).byOrder.values()].flat().map(toPortOut);
  }
}
