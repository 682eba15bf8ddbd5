/** A toll-free number's orders: the same newest-first order list as a telephone number's. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { PageArgsOf } from '../common/page-args.js';
import { OrderFilter } from '../orders/order.input.js';
import { listOrders } from '../orders/order-list.js';
import { OrderConnection } from '../orders/order.type.js';
import { TollFreeNumber } from './toll-free-number.type.js';

@Resolver(() => TollFreeNumber)
export class TollFreeNumberOrdersResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description: describe('Orders that include this toll-free number, newest first, a page at a time.', '/orderList'),
  })
  async orders(
    @Root() number: TollFreeNumber,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    const filter = new OrderFilter();
    filter.tn = number.tn;
    return listOrders(ctx, { filter, first, after });
  }
}
