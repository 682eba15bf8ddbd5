/**
 * /tnPortOutHistory (L11638): the account's port-out activity of the past three months, one item
 * per order and number (read; no filter, no paging). The wrapper is /orderList's
 * (`orderList.orderType[]`) with other item fields; 430 is [].
 */
import { orderStatusFromWire, type OrderStatus } from '../shared/codes.js';
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { lenient, orderId, raw, record, tn, wrappedList } from '../wire/schema.js';
import { toInstant } from '../wire/timestamps.js';

export interface PortOutHistoryEntry {
  orderId: string;
  tn: string;
  /** "Canceled" or "Closed" in the guide. */
  status?: OrderStatus;
  /** ISO-8601 instants. */
  createdAt?: string;
  portedAt?: string;
}

const item = record({
  orderId,
  tn,
  orderStatus: raw,
  createdDate: lenient(toInstant),
  portDate: lenient(toInstant),
}).transform((w) =>
  defined({
    orderId: w.orderId,
    tn: w.tn,
    status: orderStatusFromWire(w.orderStatus),
    createdAt: w.createdDate,
    portedAt: w.portDate,
  }),
);

export const tnPortOutHistory = defineOperation({
  name: 'tnPortOutHistory',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ orderList: wrappedList('orderType', item) }),
  // An item without an order id tells nothing about an order: dropped.
  map: (wire): PortOutHistoryEntry[] =>
    wire.orderList.filter((e): e is typeof e & { orderId: string } => e.orderId !== null) as PortOutHistoryEntry[],
  notFound: { empty: () => [] },
});
