/** /tnForward (L2626): set or remove call forwarding on telephone numbers (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { forwardingAnswer, forwardingRequest, type ForwardingRequest } from './forwarding.js';

export const tnForward = defineOperation({
  name: 'tnForward',
  kind: 'write',
  request: (input: ForwardingRequest) => forwardingRequest('tnForward', input),
  response: forwardingAnswer,
  map: (wire) => ({ orderId: wire.orderId }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
