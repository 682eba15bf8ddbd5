/** /tfUpdate (L8001): move In Service toll-free numbers to another routing label (write). `tnList` has no wrapper. */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import type { Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { tfTn } from './tf-wire.js';

export interface TfUpdateRequest {
  items: { tn: Tn; routingLabel: string }[];
  customerOrderReference?: string | undefined;
}

export const tfUpdate = defineOperation({
  name: 'tfUpdate',
  kind: 'write',
  withoutCall: ({ items }: TfUpdateRequest) => noSubmission(items),
  request: ({ items, customerOrderReference }: TfUpdateRequest) =>
    compact({
      customerOrderReference,
      tnList: { tnItem: items.map((i) => ({ tn: tfTn('tfUpdate', i.tn), routingLabel: i.routingLabel })) },
    }),
  response: submissionSchema,
  map: (wire, { items }) =>
    submissionFromWire(
      wire,
      items.map((i) => i.tn),
    ),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
