/**
 * The carrier's Services API as typed functions: `createCarrierApi(options)`.
 *
 *   const carrier = createCarrierApi({
 *     servicesUrl: 'https://services.inteliquent.com/Services/2.0.0',
 *     auth: { mode: 'oauth2', tokenUrl: 'https://services-token.inteliquent.com/oauth2/token', apiKey, apiSecret },
 *     privateKey,
 *   });
 *   const page = await carrier.numbers.tnInventory({ tnMask: '312xxxxxxx' });
 */
import { Transport, type TransportOptions } from './core/transport.js';
import { bindDomain } from './domain.js';
import { DOMAINS, type CarrierApi, type DomainName } from './domains.js';

export type { CarrierApi } from './domains.js';
export type { UpstreamCallEvent } from './core/transport.js';
export { UpstreamError, type UpstreamErrorKind } from './core/errors.js';

/** The options, documented where the transport reads them. */
export type CarrierClientOptions = TransportOptions;

export function createCarrierApi(options: CarrierClientOptions): CarrierApi {
  const transport = new Transport(options);
  const domains = Object.fromEntries(
    (Object.keys(DOMAINS) as DomainName[]).map((name) => [name, bindDomain(transport, DOMAINS[name])]),
  ) as Omit<CarrierApi, 'ping'>;
  return {
    ...domains,
    async ping(): Promise<void> {
      // A cheap authenticated read; 430 (no trunk groups) still proves auth works.
      await domains.trunkGroups.trunkGroupSearchAssigned();
    },
  };
}
