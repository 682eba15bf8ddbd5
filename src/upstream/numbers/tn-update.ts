/** /tnUpdate: move numbers to another trunk group (write). No wrapper object; customerOrderReference at the top level. */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { tnAsNumber } from '../wire/values.js';

export interface TnUpdateRequest {
  items: { tn: Tn; trunkGroup: string }[];
  customerOrderReference?: string | undefined;
}

export const tnUpdate = defineOperation({
  name: 'tnUpdate',
  kind: 'write',
  withoutCall: ({ items }: TnUpdateRequest) => noSubmission(items),
  request: ({ items, customerOrderReference }: TnUpdateRequest) =>
    compact({
      customerOrderReference,
      tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn('tnUpdate', i.tn)), trunkGroup: i.trunkGroup })) },
    }),
  response: submissionSchema,
  map: (wire, { items }) =>
    submissionFromWire(
      wire,
      items.map((i) => i.tn),
    ),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
