import { defineSandboxDomain } from '../domain.js';
import { tfForward } from './tf-forward.js';
import { tfForwardList } from './tf-forward-list.js';
import { tnForward } from './tn-forward.js';
import { tnForwardList } from './tn-forward-list.js';

export const callForwarding = defineSandboxDomain({
  name: 'call-forwarding',
  operations: { tnForward, tfForward, tnForwardList, tfForwardList },
});
