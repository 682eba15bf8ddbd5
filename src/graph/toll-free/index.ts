/** The toll-free domain: toll-free numbers, their inventory and the toll-free mutations. */
import type { Tn } from '../../upstream/shared/tn.js';
import { defineDomain } from '../common/domain-module.js';
import { createTollFreeLoaders, TOLL_FREE_CACHE_NAMESPACE, type TollFreeLoaders } from './toll-free.loaders.js';
import { TollFreeMutationResolver } from './toll-free.mutations.js';
import { OrderLineTollFreeNumberResolver } from './order-line.resolver.js';
import { resolveTollFreeNumberReference, TollFreeNumberResolver } from './toll-free-number.resolver.js';
import { TollFreeNumber } from './toll-free-number.type.js';
import { TollFreeNumberOrdersResolver } from './toll-free-orders.resolver.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    tollFree: TollFreeLoaders;
  }
  interface CacheTtls {
    tollFreeNumber: number;
  }
  interface EntityKeys {
    TollFreeNumber: Tn;
  }
}

export const tollFreeDomain = defineDomain({
  name: 'tollFree',
  resolvers: [TollFreeNumberResolver, TollFreeMutationResolver, OrderLineTollFreeNumberResolver, TollFreeNumberOrdersResolver],
  orphanedTypes: [TollFreeNumber],
  references: { TollFreeNumber: (ref, ctx) => resolveTollFreeNumberReference(ref, ctx) },
  nodeKeys: { TollFreeNumber: 'tn' },
  // Only In Service numbers are cached at all; every toll-free write drops what it touched.
  cacheTtlMs: { tollFreeNumber: 30_000 },
  createLoaders: createTollFreeLoaders,
  invalidates: {
    async TollFreeNumber(tns, { loaders, dropFromCache }) {
      for (const tn of tns) loaders.tollFree.tollFreeNumber.clear(tn);
      loaders.tollFree.search.clearAll();
      loaders.tollFree.callingNames.clearAll();
      loaders.tollFree.messaging.clearAll();
      loaders.tollFree.e911.clearAll();
      await dropFromCache(TOLL_FREE_CACHE_NAMESPACE, tns);
    },
  },
});
