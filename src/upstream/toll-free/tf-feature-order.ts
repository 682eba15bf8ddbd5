/** /tfFeatureOrder (L8094): add, change or remove caller ID, E911 and messaging on toll-free numbers (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import type { Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import type { WireObject } from '../wire/values.js';
import { e911ToWire, featuresToWire, tfTn, type TollFreeFeatures } from './tf-wire.js';

export interface TfFeatureChange {
  tn: Tn;
  /** What to add or change. */
  set?: TollFreeFeatures;
  /** What to remove (`removeTnFeature: "Y"`). */
  remove?: { callerId?: boolean; e911?: boolean; messaging?: boolean };
}

export interface TfFeatureOrderRequest {
  items: TfFeatureChange[];
  customerOrderReference?: string | undefined;
}

function changeToWire(change: TfFeatureChange): WireObject {
  const out: WireObject = featuresToWire(change.set) ?? {};
  const remove = change.remove ?? {};
  for (const name of ['callerId', 'e911', 'messaging'] as const) {
    if (remove[name]) out[name] = { removeTnFeature: 'Y' };
  }
  if (change.set?.e911 && !remove.e911) out['e911'] = e911ToWire(change.set.e911);
  return out;
}

export const tfFeatureOrder = defineOperation({
  name: 'tfFeatureOrder',
  kind: 'write',
  withoutCall: ({ items }: TfFeatureOrderRequest) => noSubmission(items),
  request: ({ items, customerOrderReference }: TfFeatureOrderRequest) => ({
    tfFeatureOrder: compact({
      customerOrderReference,
      tnList: { tnItem: items.map((i) => ({ tn: tfTn('tfFeatureOrder', i.tn), tnFeature: changeToWire(i) })) },
    }),
  }),
  response: submissionSchema,
  map: (wire, { items }) =>
    submissionFromWire(
      wire,
      items.map((i) => i.tn),
    ),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
