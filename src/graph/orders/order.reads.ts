/** Reading one order through the request's loaders, shared by queries and mutation payloads. */
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import type { GatewayContext } from '../common/context.js';
import type { Order } from './order.type.js';
import { toOrder } from './orders.mapper.js';

/** An order by either key (already checked); null when the carrier knows no such order. */
export async function loadOrder(ctx: GatewayContext, ref: OrderRef): Promise<Order | null> {
  const detail =
    'orderId' in ref
      ? await ctx.loaders.orders.orderDetail.load(ref.orderId)
      : await ctx.loaders.orders.orderByReference.load(ref.customerOrderReference);
  return detail ? toOrder(detail) : null;
}
