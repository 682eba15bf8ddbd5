/**
 * Per-request loaders of the numbers domain.
 *
 * TN records: keyed by ten-digit TN. One /tnDetail call per batch with one
 * exact `tnSearchItem` ({tnMask: tn}) per TN and pageSort.size = batch size,
 * following further pages if the carrier paginates anyway. Batches are
 * capped at MAX_TNS_PER_DETAIL_CALL; the ReadCache is consulted first and
 * only misses go upstream.
 *
 * Searches (a page of /tnDetail for one search item): keyed by the search and
 * the page, so the same search asked from many places of one query (the
 * trunk group of each of 200 numbers, most on the same few groups) goes out
 * once. Different searches cannot share a call: the carrier pages the
 * combined result.
 */
import DataLoader from 'dataloader';
import type { TelephoneNumberRecord, TnSearchCriteria } from '../../upstream/numbers/tn-detail.js';
import type { ExcludedOrderNumber } from '../../upstream/orders/excluded-tn-list.js';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import type { Tn } from '../../upstream/shared/tn.js';
import type { CarrierApi } from '../../upstream/client.js';
import { UpstreamError } from '../../upstream/core/errors.js';
import { cachedBatch, mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export const TN_CACHE_NAMESPACE = 'tn';
/**
 * TNs on an order the gateway submitted (key: TN, value: order id). The
 * carrier changes them on its own clock (routing, features at close,
 * disconnect), where no mutation can invalidate them, so while marked they
 * bypass the shared cache. The mark lapses after OPEN_ORDER_WATCH_MS, well
 * beyond the guide's timings (Incomplete 10-15 s, routing 4 TNs/s, features
 * a few seconds).
 */
export const TN_OPEN_ORDER_NAMESPACE = 'tn-open-order';
export const OPEN_ORDER_WATCH_MS = 15 * 60_000;
/** Only settled numbers are shared between requests: Pending / Pending Disconnect ones are mid-order. */
export const isCacheableTelephoneNumber = (record: TelephoneNumberRecord | null): boolean =>
  record !== null && record.status === 'IN_SERVICE';
/** /tnDetail states no maximum number of search items; 100 matches the carrier's synchronous-validation size. */
export const MAX_TNS_PER_DETAIL_CALL = 100;

export interface TelephoneNumberSearch {
  criteria: TnSearchCriteria;
  page: PageRequest;
}

export interface NumbersLoaders {
  telephoneNumber: DataLoader<Tn, TelephoneNumberRecord | null>;
  /** One page of one /tnDetail search, PINs already dropped; identical searches in a request share one call. */
  telephoneNumberSearch: DataLoader<TelephoneNumberSearch, Page<TelephoneNumberRecord>, string>;
  excludedByTn: DataLoader<Tn, ExcludedOrderNumber[]>;
}

/**
 * The port-out PIN is a secret: the graph only exposes whether one is set,
 * so it is dropped before a record reaches the shared cache (possibly Redis)
 * or the loaders.
 */
export function withoutSecrets(record: TelephoneNumberRecord): TelephoneNumberRecord {
  if (!record.portOutPin) return record;
  return { ...record, portOutPin: PIN_SET_MARKER };
}
export const PIN_SET_MARKER = '[set]';

/** One /tnDetail request for exactly these TNs, all pages. */
export async function fetchTelephoneNumberRecords(api: CarrierApi, tns: readonly Tn[]): Promise<TelephoneNumberRecord[]> {
  const criteria = tns.map((tn) => ({ tnMask: tn }));
  const size = tns.length;
  const read = async (page: number) => {
    try {
      return await api.numbers.tnDetail({ criteria, page: { page, size } });
    } catch (error) {
      // The contract answers 430 as an empty page; be tolerant if a client throws it instead.
      if (error instanceof UpstreamError && error.kind === 'NOT_FOUND') return { items: [], page, totalPages: 0, totalItems: 0 };
      throw error;
    }
  };
  const first = await read(1);
  // A carrier that pages below the size asked for: the rest of the pages are
  // known now, so read them in parallel. Never more pages than the TNs asked
  // for can fill at the first page's size, whatever totalPages claims.
  const firstPage = first.page || 1;
  const pagesNeeded = first.items.length > 0 ? Math.ceil(tns.length / first.items.length) : 1;
  const lastPage = Math.min(first.totalPages, pagesNeeded);
  const rest = await Promise.all(Array.from({ length: Math.max(0, lastPage - firstPage) }, (_, i) => read(firstPage + 1 + i)));
  return [first, ...rest].flatMap((page) => page.items).map(withoutSecrets);
}

export function createNumbersLoaders(deps: LoaderDeps): NumbersLoaders {
  const { api, cache, logger, ttl, concurrency } = deps;

  const fetchRecords = async (misses: string[]): Promise<(TelephoneNumberRecord | null | Error)[]> => {
    try {
      const records = await fetchTelephoneNumberRecords(api, misses);
      const byTn = new Map(records.map((r) => [r.tn, r]));
      // A TN the carrier does not return is not assigned to the account: null, not an error.
      return misses.map((tn) => byTn.get(tn) ?? null);
    } catch (error) {
      return misses.map(() => error as Error);
    }
  };

  /** TNs on an order the gateway submitted; an unreadable cache counts every TN as such. */
  const onOpenOrders = async (tns: readonly Tn[]): Promise<Set<Tn>> => {
    if (ttl.telephoneNumber <= 0) return new Set();
    try {
      const marks = await cache.getMany(TN_OPEN_ORDER_NAMESPACE, tns);
      return new Set(tns.filter((_, i) => marks[i] !== undefined));
    } catch (error) {
      logger.warn({ err: error }, 'read cache unavailable; loading from upstream');
      return new Set(tns);
    }
  };

  const telephoneNumber = new DataLoader<Tn, TelephoneNumberRecord | null>(
    async (tns) => {
      // Numbers on an order in flight skip the shared cache both ways; all misses go out in one batch.
      const inFlight = await onOpenOrders(tns);
      return cachedBatch<TelephoneNumberRecord | null>(
        tns,
        {
          cache,
          namespace: TN_CACHE_NAMESPACE,
          ttlMs: ttl.telephoneNumber,
          logger,
          cacheable: isCacheableTelephoneNumber,
          bypass: (tn) => inFlight.has(tn),
        },
        fetchRecords,
      );
    },
    { maxBatchSize: MAX_TNS_PER_DETAIL_CALL },
  );

  const excludedByTn = new DataLoader<Tn, ExcludedOrderNumber[]>((tns) =>
    mapWithConcurrency(tns, concurrency, (tn) => api.orders.excludedTnList({ tn })),
  );

  const telephoneNumberSearch = new DataLoader<TelephoneNumberSearch, Page<TelephoneNumberRecord>, string>(
    (searches) =>
      mapWithConcurrency(searches, concurrency, async ({ criteria, page }) => {
        const found = await api.numbers.tnDetail({ criteria: [criteria], page });
        return { ...found, items: found.items.map(withoutSecrets) };
      }),
    { cacheKeyFn: ({ criteria, page }) => JSON.stringify([criteria, page]) },
  );

  return { telephoneNumber, telephoneNumberSearch, excludedByTn };
}
