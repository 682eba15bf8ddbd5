import type { DomainOperations } from '../operation.js';
import { portOutApproval } from './port-out-approval.js';
import { tnPortOutHistory } from './tn-port-out-history.js';
import { tnPortOutReject } from './tn-port-out-reject.js';

export const portOuts: DomainOperations = { tnPortOutReject, portOutApproval, tnPortOutHistory };
