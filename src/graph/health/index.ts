/** The health domain: carrierHealth. No loaders: every ask goes to the carrier. */
import { defineDomain } from '../common/domain-module.js';
import { CarrierHealthResolver } from './carrier-health.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    health: Record<string, never>;
  }
}

export const healthDomain = defineDomain({
  name: 'health',
  resolvers: [CarrierHealthResolver],
  orphanedTypes: [],
  references: {},
  cacheTtlMs: {},
  createLoaders: () => ({}),
  invalidates: {},
});
