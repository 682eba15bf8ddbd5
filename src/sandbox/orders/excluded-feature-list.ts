/** /excludedFeatureList (L10018): an order's excluded features, `tn` as a JSON number. None is 430 "No Results found" (L10066). */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { fail, ok } from '../wire.js';
import { featureExclusions } from './shared/feature-exclusions.js';
import { findOrder, KEY_REQUIRED } from './shared/order-lookup.js';

export const excludedFeatureList = defineOperation(ORDER_REF, ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  const excluded = o ? featureExclusions(state, o) : [];
  if (excluded.length === 0) return fail('430', 'No Results found');
  return ok({ excludedFeatureList: { excludedFeatureItem: excluded.map((e) => ({ tn: Number(e.tn), excludedReason: e.reason })) } });
});
