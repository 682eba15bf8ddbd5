/**
 * The one list of sandbox domains. The server's operation table and endpoints, the control API's routes and
 * the clock's hooks are all assembled from it; no shared module imports a domain but through this file.
 */
import { account } from './account/index.js';
import type { DomainControl, Endpoint, SandboxDomain } from './domain.js';
import { health } from './health/index.js';
import { numbers } from './numbers/index.js';
import type { Operation } from './operation.js';
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

/** In this order the clock runs the domains' `tick` hooks and asks their `advancesOrder`. */
export const DOMAINS: readonly SandboxDomain[] = [
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
  health,
];

/** Merges one keyed part of every domain, refusing a key two domains claim. */
function assemble<V>(what: string, parts: (d: SandboxDomain) => Iterable<[string, V]>): ReadonlyMap<string, V> {
  const table = new Map<string, V>();
  for (const domain of DOMAINS) {
    for (const [key, value] of parts(domain)) {
      if (table.has(key)) throw new Error(`Sandbox ${what} ${key} is defined by two domains`);
      table.set(key, value);
    }
  }
  return table;
}

/** Services operation name (the path segment after /Services/<version>/) → operation. */
export const OPERATIONS = assemble<Operation>('operation', (d) => Object.entries(d.operations));

/** Routes outside /Services (the health check), by the name they have in the call log and for faults. */
export const ENDPOINTS = assemble<Endpoint>('endpoint', (d) => (d.endpoints ?? []).map((e) => [e.operation, e]));

/** Control route ("METHOD /_sandbox/…") a domain adds → what it does and who serves it. */
export const DOMAIN_CONTROL_ROUTES = assemble<{ description: string; control: DomainControl }>('control route', ({ control }) =>
  control ? Object.entries(control.routes).map(([route, description]) => [route, { description, control }]) : [],
);
