/** The numbers domain: assigned numbers, inventory and the number mutations. */
import type { Tn } from '../../upstream/shared/tn.js';
import { defineDomain } from '../common/domain-module.js';
import { ExcludedNumberCodeResolver } from './excluded-code.resolver.js';
import { InventoryResolver } from './inventory.resolver.js';
import { createNumbersLoaders, TN_CACHE_NAMESPACE, type NumbersLoaders } from './numbers.loaders.js';
import { NumbersMutationResolver } from './numbers.mutations.js';
import { RequestNumbersMutationResolver } from './request-numbers.mutation.js';
import { AssignedTelephoneNumberResolver, resolveTelephoneNumberReference, TelephoneNumberResolver } from './telephone-number.resolver.js';
import { TelephoneNumber } from './telephone-number.type.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    numbers: NumbersLoaders;
  }
  interface CacheTtls {
    telephoneNumber: number;
  }
  interface EntityKeys {
    TelephoneNumber: Tn;
  }
}

export const numbersDomain = defineDomain({
  name: 'numbers',
  resolvers: [
    TelephoneNumberResolver,
    AssignedTelephoneNumberResolver,
    InventoryResolver,
    NumbersMutationResolver,
    ExcludedNumberCodeResolver,
    RequestNumbersMutationResolver,
  ],
  orphanedTypes: [TelephoneNumber],
  nodeKeys: { TelephoneNumber: 'tn' },
  references: { TelephoneNumber: (ref, ctx) => resolveTelephoneNumberReference(ref, ctx) },
  // Numbers change rarely; only settled (In Service) ones are cached at all.
  cacheTtlMs: { telephoneNumber: 30_000 },
  createLoaders: createNumbersLoaders,
  invalidates: {
    async TelephoneNumber(tns, { loaders, dropFromCache }) {
      for (const tn of tns) {
        loaders.numbers.telephoneNumber.clear(tn);
        loaders.numbers.excludedByTn.clear(tn);
      }
      await dropFromCache(TN_CACHE_NAMESPACE, tns);
    },
  },
});
