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
import type { CarrierApi } from './api.js';
import { createNumbersApi } from './services/numbers.js';
import { createOrdersApi } from './services/orders.js';
import { createTrunkGroupsApi } from './services/trunk-groups.js';
import { Transport, type TransportOptions } from './transport.js';

export type { UpstreamCallEvent } from './transport.js';
export { UpstreamError, type UpstreamErrorKind } from './errors.js';

/** The options, documented where the transport reads them. */
export type CarrierClientOptions = TransportOptions;

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
