/** /orderList → Page<OrderSummary>. The array of orders is keyed `orderType`. */
import type { OrderSummary, Page } from '../model.js';
import { listIn, obj, orderStatusFromWire, toCount, toOrderId, WireFormatError, type WireObject } from '../wire.js';
import { assignStrings, pageFromWire } from './common.js';

/** Order-level fields shared by /orderList items and /orderDetail. */
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
    ['desiredDueDate', item['desiredDueDate']],
    ['desiredPortTime', item['desiredPortTime']],
    ['createdDate', item['createdDate']],
    ['createdUser', item['createdUser']],
    ['lastModified', item['lastModifiedString'] ?? item['lastModified'] ?? item['lastModifiedDate']],
  ]);
  const tnQuantity = toCount(item['tnQuantity']);
  if (tnQuantity !== undefined) summary.tnQuantity = tnQuantity;
  return summary;
}

export function mapOrderList(body: WireObject, requestedPage?: number): Page<OrderSummary> {
  const items = listIn(body['orderList'], 'orderType').map((item, i) => orderSummaryFromWire(item, `orderList.orderType[${i}]`));
  return pageFromWire(body, items, requestedPage);
}
