/** /tnFeatureOrder (L1941): adds, updates or removes features (and end user data) on In Service numbers. */
import { END_USER, TN_FEATURE } from '../request-fields.js';
import { isObject } from '../wire.js';
import { orderOperation, type Validate } from './shared/order-submission.js';
import { inServiceReason, readFeatureBlocks } from './shared/tn-item-checks.js';

const validateFeatureOrder: Validate = (ctx, raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  if (!isObject(raw['tnFeature'])) return { reason: 'Fields are Required: tnFeature' };
  const blocks = readFeatureBlocks(raw, false);
  if ('reason' in blocks) return blocks;
  return { item: { tn, done: false, ...blocks } };
};

export const tnFeatureOrder = orderOperation({
  name: 'tnFeatureOrder',
  wrapper: 'required',
  kind: 'FEATURE',
  item: { endUser: END_USER, tnFeature: TN_FEATURE },
  validate: validateFeatureOrder,
});
