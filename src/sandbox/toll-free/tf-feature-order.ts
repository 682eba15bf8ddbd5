/**
 * /tfFeatureOrder (L8094): caller ID, E911 and messaging changes, applied all at once when the
 * order closes. Numbers the account does not hold are refused in `status` ("invalid numbers are
 * returned in the response"; the guide does not show the format, so /tfOrder's is used).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import type { StringMap } from '../types.js';
import { isObject, isReply, readItems, readStr, required } from '../wire.js';
import { createTollFreeOrder, tollFreeOf } from './state.js';
import { FEATURE_FIELDS, itemTn, readFeatures, submitted, type Exclusion } from './submission.js';

const REQUEST = { tfFeatureOrder: { customerOrderReference: ANY, tnList: { tnItem: { tn: ANY, tnFeature: FEATURE_FIELDS } } } } as const;

export const tfFeatureOrder = defineOperation(REQUEST, ({ state, now }, body) => {
  if (!isObject(body.tfFeatureOrder)) return required('tfFeatureOrder');
  const items = readItems(body.tfFeatureOrder);
  if (!items || items.length === 0) return required('tfFeatureOrder.tnList.tnItem');
  const changes: { tn: string; features: Record<string, StringMap> }[] = [];
  for (const item of items) {
    const tn = itemTn(item);
    if (isReply(tn)) return tn;
    const features = readFeatures(item['tnFeature']);
    if (isReply(features)) return features;
    if (!features || Object.keys(features).length === 0) return required('tnFeature');
    changes.push({ tn, features });
  }
  const tf = tollFreeOf(state, now);
  const excluded: Exclusion[] = [];
  const accepted: typeof changes = [];
  changes.forEach((c, index) => {
    const rec = tf.numbers.get(c.tn);
    const why = !rec ? 'TN is not assigned to your account' : rec.status === 'PDISC' ? 'TN is pending disconnect' : undefined;
    if (why) excluded.push({ index, tn: c.tn, reason: why });
    else accepted.push(c);
  });
  if (accepted.length === 0) return submitted(excluded);
  const order = createTollFreeOrder(
    state,
    now,
    'FEATURE',
    accepted.map((c) => ({ tn: c.tn, tnFeature: c.features })),
    readStr((body.tfFeatureOrder as Record<string, unknown>)['customerOrderReference']) ?? '',
  );
  for (const c of accepted) tf.numbers.get(c.tn)!.pending.push({ orderId: order.id, kind: 'FEATURE', features: c.features });
  return submitted(excluded, order.id);
});
