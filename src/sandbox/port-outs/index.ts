import { defineSandboxDomain, type OrderStep } from '../domain.js';
import { portOutControl } from './control.js';
import { portOutApproval } from './port-out-approval.js';
import { settlePortOuts } from './shared/port-out-book.js';
import { tnPortOutHistory } from './tn-port-out-history.js';
import { tnPortOutReject } from './tn-port-out-reject.js';

/** Port-outs move only with the account's answers and their port date (settlePortOuts), never on the common path. */
const standStill: OrderStep = () => {};

export const portOuts = defineSandboxDomain({
  name: 'port-outs',
  operations: { tnPortOutReject, portOutApproval, tnPortOutHistory },
  tick: settlePortOuts,
  advancesOrder: (o) => (o.kind === 'PORT_OUT' ? standStill : undefined),
  control: portOutControl,
});
