import type { DomainOperations } from '../operation.js';
import { tfForward } from './tf-forward.js';
import { tfForwardList } from './tf-forward-list.js';
import { tnForward } from './tn-forward.js';
import { tnForwardList } from './tn-forward-list.js';

export const callForwarding: DomainOperations = { tnForward, tfForward, tnForwardList, tfForwardList };
