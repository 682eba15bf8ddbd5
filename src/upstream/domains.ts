/**
 * The one list of carrier domains. The client (CarrierApi), the read/write
 * table, the call budget and the test fakes all iterate it: adding a domain
 * adds one line here.
 */
import type { OperationKind } from './core/transport.js';
import type { AnyOperation } from './define.js';
import type { DomainClient } from './domain.js';
import { account } from './account/index.js';
import { numbers } from './numbers/index.js';
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
import { health } from './health/index.js';
import { messaging } from './messaging/index.js';
import { voiceScripts } from './voice-scripts/index.js';

export const DOMAINS = {
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
  health,
  messaging,
  voiceScripts,
} as const;

export type Domains = typeof DOMAINS;
export type DomainName = keyof Domains;
export type OperationName = { [D in DomainName]: keyof Domains[D] & string }[DomainName];

/** One method per carrier operation, named after it, grouped by domain; plus a cheap authenticated ping for /readyz. */
export type CarrierApi = { [D in DomainName]: DomainClient<Domains[D]> } & { ping(): Promise<void> };

/** Every operation, read or write. Reads are retried on transient failures; writes never are. */
export const OPERATIONS = Object.fromEntries(
  Object.values(DOMAINS).flatMap((domain) => Object.values(domain as Record<string, AnyOperation>).map((op) => [op.name, op.kind])),
) as Record<OperationName, OperationKind>;
