/**
 * The carrier's Services API as typed functions: `createCarrierApi(options)`.
 *
 *   const carrier = createCarrierApi({
 *     servicesUrl: 'https://services.inteliquent.com/Services/2.0.0',
 *     auth: { mode: 'oauth2', tokenUrl: 'https://services-token.inteliquent.com/oauth2/token', apiKey, apiSecret },
 *     privateKey,
 *   });
 *   const page = await carrier.numbers.searchInventory({ tnMask: '312xxxxxxx' });
 */
import type { Got } from 'got';
import type { Logger } from 'pino';
import type { CarrierApi } from './api.js';
import type { AuthOptions } from './auth.js';
import { createNumbersApi } from './services/numbers.js';
import { createOrdersApi } from './services/orders.js';
import { createTrunkGroupsApi } from './services/trunk-groups.js';
import { Transport, type UpstreamCallEvent } from './transport.js';

export type { UpstreamCallEvent } from './transport.js';
export { UpstreamError, type UpstreamErrorKind } from './errors.js';

export interface CarrierClientOptions {
  /** e.g. https://services.inteliquent.com/Services/2.0.0 (no trailing slash needed). */
  servicesUrl: string;
  auth: AuthOptions;
  privateKey: string;
  /** Per HTTP request (token requests included). Default 10_000. */
  timeoutMs?: number;
  /** Retries of read operations on network errors, timeouts, HTTP 5xx/429, envelope 5xx/431. Default 2. */
  readRetries?: number;
  /** First backoff delay in ms, doubled per retry (±20 % jitter). Default 200. */
  retryBaseDelayMs?: number;
  /** Backoff cap in ms (also caps Retry-After). Default 5000. */
  maxRetryDelayMs?: number;
  /** debug line per call attempt: operation, durationMs, statusCode, attempt, outcome — never bodies or headers. */
  logger?: Logger;
  /** Called once per call attempt (retries and the token replay are separate attempts). */
  onCall?: (event: UpstreamCallEvent) => void;
  /** A got instance to send through (proxy agents, tests). Default: got. */
  http?: Got;
}

export function createCarrierApi(options: CarrierClientOptions): CarrierApi {
  const transport = new Transport(options);
  const trunkGroups = createTrunkGroupsApi(transport);
  return {
    numbers: createNumbersApi(transport),
    orders: createOrdersApi(transport),
    trunkGroups,
    async ping(): Promise<void> {
      // A cheap authenticated read; 430 (no trunk groups) still proves auth works.
      await trunkGroups.listAssigned();
    },
  };
}
