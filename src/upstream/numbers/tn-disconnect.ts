/** /tnDisconnect: take numbers out of service (write). No wrapper, like /tnUpdate. */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { noSubmission, submissionFromWire, submissionSchema } from '../shared/submission.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { tnAsNumber } from '../wire/values.js';

export interface TnDisconnectRequest {
  tns: Tn[];
  customerOrderReference?: string | undefined;
}

export const tnDisconnect = defineOperation({
  name: 'tnDisconnect',
  kind: 'write',
  withoutCall: ({ tns }: TnDisconnectRequest) => noSubmission(tns),
  request: ({ tns, customerOrderReference }: TnDisconnectRequest) =>
    compact({ customerOrderReference, tnList: { tnItem: tns.map((tn) => ({ tn: tnAsNumber(inputTn('tnDisconnect', tn)) })) } }),
  response: submissionSchema,
  map: (wire, { tns }) => submissionFromWire(wire, tns),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
