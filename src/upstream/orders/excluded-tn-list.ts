/**
 * /excludedTnList: numbers an order left out, by order or by TN (read). 430 is
 * []; by order, 410 "Invalid Order Id" is the order not existing, so [] too.
 */
import { defineOperation } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { orderId, raw, record, text, timestamp, tn, wrappedList } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface ExcludedOrderNumber {
  orderId?: string;
  customerOrderReference?: string;
  tn: Tn;
  reason?: string;
  /** insertDate's calendar date, YYYY-MM-DD (the guide's /excludedTnList sends a date only). */
  insertedOn?: string;
  displayName?: string;
}

export type ExcludedTnListQuery = OrderRef | { tn: Tn };

const byTn = (query: ExcludedTnListQuery): query is { tn: Tn } => 'tn' in query && query.tn != null;

const item = record({
  tn,
  orderId,
  customerOrderReference: text,
  excludedReason: raw,
  reason: raw,
  // "2017-04-19" here (L9980); other excluded lists send "2020-11-25T00:00:00.000Z" (L4922): a date either way.
  insertDate: timestamp,
  displayName: text,
});

export const excludedTnList = defineOperation({
  name: 'excludedTnList',
  kind: 'read',
  // By `tn` as a string, as the example sends it.
  request: (query: ExcludedTnListQuery) =>
    byTn(query) ? { tn: inputTn('excludedTnList', query.tn) } : orderRefRequest('excludedTnList', query),
  response: record({ excludedTnList: wrappedList('excludedTnItem', item) }),
  map: (wire) =>
    wire.excludedTnList.map((w): ExcludedOrderNumber =>
      defined({
        tn: w.tn,
        orderId: w.orderId ?? undefined,
        customerOrderReference: w.customerOrderReference,
        reason: str(w.excludedReason ?? w.reason),
        insertedOn: w.insertDate?.date,
        displayName: w.displayName,
      }),
    ),
  notFound: { empty: () => [], invalidOrderId: (query) => !byTn(query) },
});
