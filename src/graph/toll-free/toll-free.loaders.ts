/**
 * Per-request loaders of the toll-free domain.
 *
 * Numbers by TN: one /tfDetail per batch, one exact `tfSearchItem` per TN and
 * pageSort.size = the batch, so N numbers asked from anywhere in a request
 * (aliases, a federation _entities batch, a routing label's numbers) cost one
 * call per page of MAX_TNS_PER_TF_DETAIL. Searches: one call per distinct
 * search and page. The feature lists take no key: each is read at most once
 * per request.
 */
import DataLoader from 'dataloader';
import type { CarrierApi } from '../../upstream/client.js';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import type { Tn } from '../../upstream/shared/tn.js';
import type { TfSearchCriteria, TollFreeNumberRecord } from '../../upstream/toll-free/tf-detail.js';
import type { CallingNameListing } from '../../upstream/toll-free/tf-feature-cnam-list.js';
import type { E911Listing } from '../../upstream/toll-free/tf-feature-e911-list.js';
import type { MessagingListing } from '../../upstream/toll-free/tf-feature-message-list.js';
import { cachedBatch, mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export const TOLL_FREE_CACHE_NAMESPACE = 'toll-free';
/** /tfDetail states no maximum of search items; 100 matches the carrier's synchronous-validation size. */
export const MAX_TNS_PER_TF_DETAIL = 100;
export const ALL = 'all';

export interface TollFreeSearch {
  criteria: TfSearchCriteria[];
  page: PageRequest;
}

export interface TollFreeLoaders {
  tollFreeNumber: DataLoader<Tn, TollFreeNumberRecord | null>;
  search: DataLoader<TollFreeSearch, Page<TollFreeNumberRecord>, string>;
  callingNames: DataLoader<typeof ALL, CallingNameListing[]>;
  messaging: DataLoader<typeof ALL, MessagingListing[]>;
  /** Keyed by the tnMask ('' = all). */
  e911: DataLoader<string, E911Listing[]>;
}

/** One /tfDetail for exactly these numbers, following further pages if the carrier pages below the size asked for. */
async function fetchExact(api: CarrierApi, tns: readonly Tn[]): Promise<TollFreeNumberRecord[]> {
  const criteria = tns.map((tnMask) => ({ tnMask }));
  const size = tns.length;
  const first = await api.tollFree.tfDetail({ criteria, page: { page: 1, size } });
  const pagesNeeded = first.items.length > 0 ? Math.ceil(tns.length / first.items.length) : 1;
  const lastPage = Math.min(first.totalPages, pagesNeeded);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, lastPage - 1) }, (_, i) => api.tollFree.tfDetail({ criteria, page: { page: i + 2, size } })),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

const once = <V>(load: () => Promise<V>) =>
  new DataLoader<typeof ALL, V>(async (keys) => {
    try {
      const value = await load();
      return keys.map(() => value);
    } catch (error) {
      return keys.map(() => error as Error);
    }
  });

export function createTollFreeLoaders(deps: LoaderDeps): TollFreeLoaders {
  const { api, cache, logger, ttl, concurrency } = deps;
  const tollFreeNumber = new DataLoader<Tn, TollFreeNumberRecord | null>(
    (tns) =>
      cachedBatch<TollFreeNumberRecord | null>(
        tns,
        {
          cache,
          namespace: TOLL_FREE_CACHE_NAMESPACE,
          ttlMs: ttl.tollFreeNumber,
          logger,
          // Only settled numbers are shared between requests: pending ones change on the carrier's clock.
          cacheable: (r) => r !== null && r.status === 'IN_SERVICE',
        },
        async (misses) => {
          try {
            const byTn = new Map((await fetchExact(api, misses)).map((r) => [r.tn, r]));
            return misses.map((tn) => byTn.get(tn) ?? null);
          } catch (error) {
            return misses.map(() => error as Error);
          }
        },
      ),
    { maxBatchSize: MAX_TNS_PER_TF_DETAIL },
  );
  const search = new DataLoader<TollFreeSearch, Page<TollFreeNumberRecord>, string>(
    (searches) => mapWithConcurrency(searches, concurrency, ({ criteria, page }) => api.tollFree.tfDetail({ criteria, page })),
    { cacheKeyFn: (s) => JSON.stringify(s) },
  );
  const e911 = new DataLoader<string, E911Listing[]>((masks) =>
    mapWithConcurrency(masks, concurrency, (tnMask) => api.tollFree.tfFeatureE911List(tnMask ? { tnMask } : {})),
  );
  return {
    tollFreeNumber,
    search,
    callingNames: once(() => api.tollFree.tfFeatureCNamList()),
    messaging: once(() => api.tollFree.tfFeatureMessageList()),
    e911,
  };
}
