/** /tfDisconnect (L8049): disconnect In Service toll-free numbers (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import type { Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { tfTn } from './tf-wire.js';

export interface TfDisconnectRequest {
  tns: Tn[];
  customerOrderReference?: string | undefined;
}

export const tfDisconnect = defineOperation({
  name: 'tfDisconnect',
  kind: 'write',
  withoutCall: ({ tns }: TfDisconnectRequest) => noSubmission(tns),
  request: ({ tns, customerOrderReference }: TfDisconnectRequest) =>
    compact({ customerOrderReference, tnList: { tnItem: tns.map((tn) => ({ tn: tfTn('tfDisconnect', tn) })) } }),
  response: submissionSchema,
  map: (wire, { tns }) => submissionFromWire(wire, tns),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
