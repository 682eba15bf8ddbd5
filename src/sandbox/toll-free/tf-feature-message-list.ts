/** /tfFeatureMessageList (L8232): the numbers with messaging; netNumberId only when one is set, as the example shows. */
import { defineOperation } from '../operation.js';
import { fail, ok } from '../wire.js';
import { numbersWith } from './tf-feature-lists.js';

export const tfFeatureMessageList = defineOperation({}, ({ state, now }) => {
  const found = numbersWith(state, now, (r) => !!r.features.messaging);
  if (found.length === 0) return fail('430', 'No Results Found');
  return ok({ tfFeatureList: { tfFeatureItem: found.map((r) => ({ tn: Number(r.tn), ...r.features.messaging })) } });
});
