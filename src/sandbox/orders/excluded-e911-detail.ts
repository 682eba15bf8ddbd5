/**
 * /excludedE911Detail (L10086): an order's numbers whose E911 address failed, `tn` as a string,
 * every address key present (empty ones as ""), items under `excludedFeatureItem` (L10124). None is 430.
 */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { dayDate, fail, ok } from '../wire.js';
import { featureExclusions } from './shared/feature-exclusions.js';
import { findOrder, KEY_REQUIRED } from './shared/order-lookup.js';

const ADDRESS_KEYS = [
  'name',
  'origStreetNum',
  'origStreetInfo',
  'origLocation',
  'origCity',
  'origState',
  'origPostalCode',
  'origPostalCodePlusFour',
];

export const excludedE911Detail = defineOperation(ORDER_REF, ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  const excluded = o ? featureExclusions(state, o).filter((e) => e.e911) : [];
  if (!o || excluded.length === 0) return fail('430', 'No Results found');
  return ok({
    excludedE911Detail: {
      excludedFeatureItem: excluded.map((e) => ({
        tn: e.tn,
        ...Object.fromEntries(ADDRESS_KEYS.map((k) => [k, e.e911?.[k] ?? ''])),
        excludedReason: e.reason,
        insertDate: dayDate(o.pendingAt ?? o.createdAt),
        displayName: o.createdUser,
      })),
    },
  });
});
