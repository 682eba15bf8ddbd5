/**
 * The one list of domain modules. schema.ts and context.ts iterate it:
 * adding a domain is one line here. The order is the order of the schema's
 * types and of invalidation handlers.
 */
import { accountDomain } from './account/index.js';
import type { DomainModule } from './common/domain-module.js';
import { numbersDomain } from './numbers/index.js';
import { ordersDomain } from './orders/index.js';
import { orderDocumentsDomain } from './orders/order-documents.module.js';
import { portInDomain } from './port-in/index.js';
import { portOutsDomain } from './port-outs/index.js';
import { referenceDomain } from './reference/index.js';
import { ticketsDomain } from './tickets/index.js';
import { trunkGroupsDomain } from './trunk-groups/index.js';
import { tollFreeDomain } from './toll-free/index.js';
import { routingLabelsDomain } from './routing-labels/index.js';
import { callForwardingDomain } from './call-forwarding/index.js';
import { e911Domain } from './e911/index.js';
import { healthDomain } from './health/index.js';
import { messagingDomain } from './messaging/index.js';
import { voiceScriptsDomain } from './voice-scripts/index.js';

export const DOMAINS: readonly DomainModule[] = [
  numbersDomain,
  ordersDomain,
  trunkGroupsDomain,
  referenceDomain,
  tollFreeDomain,
  routingLabelsDomain,
  callForwardingDomain,
  portInDomain,
  accountDomain,
  ticketsDomain,
  orderDocumentsDomain,
  portOutsDomain,
  e911Domain,
  healthDomain,
  messagingDomain,
  voiceScriptsDomain,
];
