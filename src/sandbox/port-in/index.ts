import { defineSandboxDomain } from '../domain.js';
import { portInControl } from './control.js';
import { portInAvailability } from './port-in-availability.js';
import { portInOrderActivate } from './port-in-order-activate.js';
import { portInOrderAvailableActivation } from './port-in-order-available-activation.js';
import { portInOrderList } from './port-in-order-list.js';
import { portInOrderTnList } from './port-in-order-tn-list.js';
import { portInOrder } from './port-in-order.js';
import { advancePortIn } from './shared/port-lifecycle.js';
import { tnCsrLookup } from './tn-csr-lookup.js';

export const portIn = defineSandboxDomain({
  name: 'port-in',
  operations: {
    portInAvailability,
    tnCsrLookup,
    portInOrder,
    portInOrderList,
    portInOrderTnList,
    portInOrderAvailableActivation,
    portInOrderActivate,
  },
  // Port-ins move per number with the losing carrier; only their cancellation follows the common path.
  advancesOrder: (o) => (o.kind === 'PORT_IN' && o.status !== 'PCNCL' ? advancePortIn : undefined),
  control: portInControl,
});
