/** portOutHistory, TelephoneNumber.portOutHistory and Order.portOuts: one /tnPortOutHistory read per request, shared. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { Order } from '../orders/order.type.js';
import { isOpenPortOut, pendingPortOuts } from './pending-port-outs.js';
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
      "A port-out order's numbers. While the order is pending: each number with its status and any reject reason, from the " +
      "order's detail (the same batched read as `lines`). Once settled within the past three months: where each ended " +
      '(CLOSED: ported away; CANCELED), from the port-out history, read once per request for every order asked. Empty for ' +
      'other orders.\n\nCarrier: /orderDetail, /tnPortOutHistory.',
  })
  async portOuts(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<PortOut[]> {
    // The history lists settled port-outs only: a pending one is read from its order.
    if (isOpenPortOut(order)) return pendingPortOuts(order, ctx);
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
