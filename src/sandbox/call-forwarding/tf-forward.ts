/** /tfForward (L2729): forwarding on the account's In Service toll-free numbers. */
import { defineOperation } from '../operation.js';
import { tollFreeOf } from '../toll-free/state.js';
import { FORWARD_REQUEST, manageForwarding } from './forwards.js';

export const tfForward = defineOperation(FORWARD_REQUEST('tfForward'), ({ state, now }, body) => {
  const tf = tollFreeOf(state, now);
  return manageForwarding(state, now, body['tfForward'], 'tfForward', 'tf', (tn) => tf.numbers.get(tn)?.status === 'INSVC');
});
