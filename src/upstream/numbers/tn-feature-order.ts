/**
 * /tnFeatureOrder: add, change or remove features of assigned numbers (write).
 * A removal sends only `{ removeTnFeature: "Y" }` for that feature (as the
 * example does); `tnFeature` is required, so it is sent even when empty.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { endUserToWire, type EndUser } from '../shared/end-user.js';
import { featuresToWire, type FeatureRemoval, type TnFeatures } from '../shared/features.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { tnAsNumber } from '../wire/values.js';

export interface TnFeatureOrderItem {
  tn: Tn;
  endUser?: EndUser;
  features: TnFeatures;
  remove?: FeatureRemoval;
}

export interface TnFeatureOrderRequest {
  items: TnFeatureOrderItem[];
  customerOrderReference?: string | undefined;
}

const REMOVABLE_FEATURES = ['callerId', 'directoryListing', 'e911', 'messaging'] as const satisfies readonly (keyof FeatureRemoval)[];

export const tnFeatureOrder = defineOperation({
  name: 'tnFeatureOrder',
  kind: 'write',
  withoutCall: ({ items }: TnFeatureOrderRequest) => noSubmission(items),
  request: ({ items, customerOrderReference }: TnFeatureOrderRequest) => ({
    tnFeatureOrder: compact({
      customerOrderReference,
      tnList: {
        tnItem: items.map((item) => {
          const tnFeature = featuresToWire(item.features);
          for (const feature of REMOVABLE_FEATURES) if (item.remove?.[feature]) tnFeature[feature] = { removeTnFeature: 'Y' };
          return compact({ tn: tnAsNumber(inputTn('tnFeatureOrder', item.tn)), endUser: endUserToWire(item.endUser), tnFeature });
        }),
      },
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
