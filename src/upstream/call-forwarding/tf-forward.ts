/** /tfForward (L2729): set or remove call forwarding on toll-free numbers (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { forwardingAnswer, forwardingRequest, type ForwardingRequest } from './forwarding.js';

export const tfForward = defineOperation({
  name: 'tfForward',
  kind: 'write',
  request: (input: ForwardingRequest) => forwardingRequest('tfForward', input),
  response: forwardingAnswer,
  map: (wire) => ({ orderId: wire.orderId }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
