/** /tnForward (L2626): forwarding on the account's In Service telephone numbers. */
import { defineOperation } from '../operation.js';
import { FORWARD_REQUEST, manageForwarding } from './forwards.js';

export const tnForward = defineOperation(FORWARD_REQUEST('tnForward'), ({ state, now }, body) =>
  manageForwarding(state, now, body['tnForward'], 'tnForward', 'tn', (tn) => state.assigned.get(tn)?.status === 'In Service'),
);
