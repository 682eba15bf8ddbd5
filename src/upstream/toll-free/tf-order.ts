/**
 * /tfOrder (L7777): load (8XX), port in (8XXPORTIN) or order from inventory (8XXAVAIL) toll-free
 * numbers (write). 8XXAVAIL activates synchronously and reports refused numbers inside `status`
 * ("{2=[8774514545 TN is marked Not Available in our inventory]}") with no orderId.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import type { Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { featuresToWire, tfTn, type TollFreeFeatures } from './tf-wire.js';

export type TollFreeProduct = '8XX' | '8XXPORTIN' | '8XXAVAIL';

export interface TfOrderItem {
  tn: Tn;
  routingLabel: string;
  respOrgId?: string;
  cics?: string[];
  note?: string;
  features?: TollFreeFeatures;
}

export interface TfOrderRequest {
  product: TollFreeProduct;
  customerOrderReference?: string | undefined;
  /** "Must be sent as Y … when productAbbr is 8XXPORTIN" (L7787). */
  loa?: boolean;
  items: TfOrderItem[];
}

export const tfOrder = defineOperation({
  name: 'tfOrder',
  kind: 'write',
  withoutCall: ({ items }: TfOrderRequest) => noSubmission(items),
  request: ({ product, customerOrderReference, loa, items }: TfOrderRequest) => ({
    productAbbr: product,
    tfOrder: compact({
      customerOrderReference,
      loa: loa ? 'Y' : undefined,
      tnList: {
        tnItem: items.map((i) =>
          compact({
            tn: tfTn('tfOrder', i.tn),
            // The table's spelling; the example's "resporId" (L7826) reads as a typo.
            resporgId: i.respOrgId,
            routingLabel: i.routingLabel,
            cicList: i.cics && i.cics.length > 0 ? { cic: i.cics } : undefined,
            tnNote: i.note,
            tnFeature: featuresToWire(i.features),
          }),
        ),
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
