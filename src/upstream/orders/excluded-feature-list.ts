/**
 * /excludedFeatureList (L10018): the features an order could not provision, per number (read).
 * 430 is []; 410 "Invalid Order Id" is the order not existing, so [] too.
 */
import { defineOperation } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';

export interface ExcludedFeature {
  tn: Tn;
  /** e.g. "Directory Listing is not supported": the only place the feature is named. */
  reason?: string;
}

const item = record({ tn, excludedReason: text }).transform((w): ExcludedFeature => defined({ tn: w.tn, reason: w.excludedReason }));

export const excludedFeatureList = defineOperation({
  name: 'excludedFeatureList',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('excludedFeatureList', ref),
  response: record({ excludedFeatureList: wrappedList('excludedFeatureItem', item) }),
  map: (wire) => wire.excludedFeatureList,
  notFound: { empty: () => [], invalidOrderId: true },
});
