/** The port-out operations (the losing carrier's side); one line per operation. */
import { defineDomain } from '../domain.js';
import { portOutApproval } from './port-out-approval.js';
import { tnPortOutHistory } from './tn-port-out-history.js';
import { tnPortOutReject } from './tn-port-out-reject.js';

export const portOuts = defineDomain(tnPortOutReject, portOutApproval, tnPortOutHistory);
