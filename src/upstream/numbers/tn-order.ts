/** /tnOrder: put reserved or available numbers in service (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { endUserToWire, type EndUser } from '../shared/end-user.js';
import { featuresToWire, type TnFeatures } from '../shared/features.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact, nonEmpty } from '../wire/request.js';
import { tnAsNumber } from '../wire/values.js';

export interface TnOrderItem {
  tn: Tn;
  trunkGroup?: string;
  portOutPin?: string;
  tnNote?: string;
  endUser?: EndUser;
  features?: TnFeatures;
}

export interface TnOrderRequest {
  customerOrderReference?: string;
  items: TnOrderItem[];
}

export const tnOrder = defineOperation({
  name: 'tnOrder',
  kind: 'write',
  withoutCall: (request: TnOrderRequest) => noSubmission(request.items),
  request: (request: TnOrderRequest) => ({
    tnOrder: compact({
      customerOrderReference: request.customerOrderReference,
      tnList: {
        tnItem: request.items.map((item) =>
          compact({
            tn: tnAsNumber(inputTn('tnOrder', item.tn)),
            trunkGroup: item.trunkGroup,
            portOutPin: item.portOutPin,
            tnNote: item.tnNote,
            endUser: endUserToWire(item.endUser),
            tnFeature: nonEmpty(featuresToWire(item.features)),
          }),
        ),
      },
    }),
  }),
  response: submissionSchema,
  map: (wire, request) =>
    submissionFromWire(
      wire,
      request.items.map((i) => i.tn),
    ),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
