/** The one list of sandbox domains; the server's operation table is assembled from it. */
import { account } from './account/index.js';
import { numbers } from './numbers/index.js';
import type { DomainOperations, Operation } from './operation.js';
import { orders } from './orders/index.js';
import { portIn } from './port-in/index.js';
import { portOuts } from './port-outs/index.js';
import { reference } from './reference/index.js';
import { tickets } from './tickets/index.js';
import { trunkGroups } from './trunk-groups/index.js';
import { tollFree } from './toll-free/index.js';
import { routingLabels } from './routing-labels/index.js';
import { callForwarding } from './call-forwarding/index.js';
import { e911 } from './e911/index.js';
import { messaging } from './messaging/index.js';
import { voiceScripts } from './voice-scripts/index.js';

const DOMAINS: readonly DomainOperations[] = [
  numbers,
  orders,
  trunkGroups,
  reference,
  tollFree,
  routingLabels,
  callForwarding,
  portIn,
  account,
  tickets,
  portOuts,
  e911,
  messaging,
  voiceScripts,
];

function assemble(domains: readonly DomainOperations[]): ReadonlyMap<string, Operation> {
  const table = new Map<string, Operation>();
  for (const domain of domains) {
    for (const [name, operation] of Object.entries(domain)) {
      if (table.has(name)) throw new Error(`Sandbox operation ${name} is defined by two domains`);
      table.set(name, operation);
    }
  }
  return table;
}

/** Services operation name (the path segment after /Services/<version>/) → operation. */
export const OPERATIONS = assemble(DOMAINS);
