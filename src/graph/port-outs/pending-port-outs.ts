/**
 * A pending port-out order's numbers, from its /orderDetail (the carrier's /tnPortOutHistory lists
 * settled port-outs only). The detail read is the orders domain's batched, de-duplicated loader, so
 * an order asking for `lines` and `portOuts` costs one /orderDetail.
 */
import type { OrderDetail, OrderLine } from '../../upstream/orders/order-detail.js';
import type { GatewayContext } from '../common/context.js';
import { OrderProduct, OrderStatus } from '../orders/orders.enums.js';
import type { Order } from '../orders/order.type.js';
import { portOutNumberStatusFromLabel, portOutRejectReasonFromLabel } from './port-out-labels.js';
import { PortOut } from './port-out.type.js';

const OPEN = new Set<OrderStatus | undefined>([OrderStatus.INCOMPLETE, OrderStatus.PENDING, OrderStatus.PENDING_CANCEL]);

/** Whether the order is a port-out the history does not list yet. */
export const isOpenPortOut = (order: Order): boolean => order.product === OrderProduct.PORT_OUT && OPEN.has(order.status);

function toPendingPortOut(detail: OrderDetail, line: OrderLine): PortOut {
  const out = new PortOut();
  out.orderId = detail.orderId;
  out.tn = line.tn;
  out.status = (detail.status as OrderStatus | undefined) ?? null;
  out.createdAt = detail.createdAt ?? null;
  // The order's due date is its port date; a calendar date, read as its midnight UTC like the history's.
  out.portDate = detail.desiredDueDate ? `${detail.desiredDueDate}T00:00:00.000Z` : null;
  out.numberStatusLabel = line.status ?? null;
  out.numberStatus = portOutNumberStatusFromLabel(line.status);
  out.rejectReason = portOutRejectReasonFromLabel(line.status);
  return out;
}

export async function pendingPortOuts(order: Order, ctx: GatewayContext): Promise<PortOut[]> {
  const detail = order.detail ?? (await ctx.loaders.orders.orderDetail.load(order.id));
  return detail ? detail.lines.map((line) => toPendingPortOut(detail, line)) : [];
}
