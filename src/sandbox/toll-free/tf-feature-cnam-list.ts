/** /tfFeatureCNamList (L8195): the numbers with a stored calling name (LIDB). The request is the key alone. */
import { defineOperation } from '../operation.js';
import { fail, ok } from '../wire.js';
import { numbersWith } from './tf-feature-lists.js';

export const tfFeatureCNamList = defineOperation({}, ({ state, now }) => {
  const found = numbersWith(state, now, (r) => !!r.features.callerId?.callingName);
  if (found.length === 0) return fail('430', 'No Results Found');
  return ok({ tfFeatureList: { tfFeatureItem: found.map((r) => ({ tn: Number(r.tn), callingName: r.features.callerId!.callingName })) } });
});
