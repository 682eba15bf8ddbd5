/** /orderList → Page<OrderSummary>. The array of orders is keyed `orderType`. */
import type { OrderSummary, Page } from '../model.js';
import { listIn, obj, orderStatusFromWire, toCount, toInstant, toLocalDate, toOrderId, WireFormatError, type WireObject } from '../wire.js';
import { assignStrings, pageFromWire } from './common.js';

/**
 * Order-level fields shared by /orderList items and /orderDetail. createdDate
 * is a date in /orderList (L9807) and a timestamp in /orderDetail (L13123):
 * the date is kept either way, the instant only when a time was sent.
 */
export function orderSummaryFromWire(value: unknown, where: string): OrderSummary {
  const item = obj(value);
  const orderId = toOrderId(item['orderId']);
  if (orderId === null) throw new WireFormatError(`${where}.orderId: missing`);
  const status = orderStatusFromWire(item['orderStatus']);
  if (!status) throw new WireFormatError(`${where}.orderStatus: unknown order status`);
  const summary: OrderSummary = { orderId, status };
  assignStrings(summary, [
    ['productName', item['productName']],
    ['serviceOrderName', item['serviceOrderName']],
    ['customerOrderReference', item['customerOrderReference']],
    ['desiredDueDate', toLocalDate(item['desiredDueDate'])],
    ['desiredPortTime', item['desiredPortTime']],
    ['createdOn', toLocalDate(item['createdDate'])],
    ['createdAt', toInstant(item['createdDate'])],
    ['createdUser', item['createdUser']],
    ['lastModified', toInstant(item['lastModifiedString'] ?? item['lastModified'] ?? item['lastModifiedDate'])],
  ]);
  const tnQuantity = toCount(item['tnQuantity']);
  if (tnQuantity !== undefined) summary.tnQuantity = tnQuantity;
  return summary;
}

export function mapOrderList(body: WireObject, requestedPage?: number): Page<OrderSummary> {
  const items = listIn(body['orderList'], 'orderType').map((item, i) => orderSummaryFromWire(item, `orderList.orderType[${i}]`));
  return pageFromWire(body, items, requestedPage);
}
