/** The reference domain: rate center coverage, toll-free CICs, LATAs. */
import { defineDomain } from '../common/domain-module.js';
import { TollFreeCic, Lata } from './cic.type.js';
import { RateCenterReferenceResolver } from './rate-center.resolver.js';
import { createReferenceLoaders, type ReferenceLoaders } from './reference.loaders.js';
import { ReferenceListsResolver } from './reference.resolver.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    reference: ReferenceLoaders;
  }
  interface CacheTtls {
    reference: number;
  }
}

export const referenceDomain = defineDomain({
  name: 'reference',
  resolvers: [RateCenterReferenceResolver, ReferenceListsResolver],
  orphanedTypes: [TollFreeCic, Lata],
  references: {},
  // Coverage and CICs change on the carrier's schedule, not through any write of the gateway.
  cacheTtlMs: { reference: 300_000 },
  createLoaders: createReferenceLoaders,
  invalidates: {},
});
