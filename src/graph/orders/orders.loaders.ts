/**
 * Per-request loaders of the orders domain.
 *
 * /orderDetail, /orderNote and /excludedTnList take one order per call, so
 * these loaders de-duplicate keys and run the calls in parallel with a cap
 * (LoaderDeps.concurrency). A DataLoader batch resolves all its keys
 * together, which is what lets e.g. `orders { numbers }` hand ALL the
 * orders' TNs to the TN loader in one tick, i.e. one /tnDetail call.
 * Orders of a TN use /orderList's `tn` filter: one call per distinct
 * (TN, page) pair, newest first like `orders`. An order's list entry (the
 * only read that reports lastModified) uses its `orderId` filter.
 */
import DataLoader from 'dataloader';
import type { ExcludedE911 } from '../../upstream/orders/excluded-e911-detail.js';
import type { ExcludedFeature } from '../../upstream/orders/excluded-feature-list.js';
import type { ExcludedOrderNumber } from '../../upstream/orders/excluded-tn-list.js';
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderNote } from '../../upstream/shared/order-note.js';
import type { OrderSummary } from '../../upstream/shared/order-summary.js';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import type { Tn } from '../../upstream/shared/tn.js';
import { cachedBatch, mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import { isUpstreamNotFound } from '../common/errors.js';

export const ORDER_CACHE_NAMESPACE = 'order';
export const ORDER_NOTES_CACHE_NAMESPACE = 'order-notes';

/**
 * Only settled orders are shared between requests: an Incomplete, Pending or
 * Pending Cancel order moves on the carrier's clock, where no mutation can
 * invalidate it.
 */
export const isCacheableOrder = (detail: OrderDetail | null): boolean =>
  detail !== null && (detail.status === 'CLOSED' || detail.status === 'CANCELED');

/** The default order of order lists: newest (highest id) first, sent explicitly since the carrier documents no default. */
export const NEWEST_FIRST = { property: 'orderId', direction: 'desc' } as const;

export interface OrdersOfTnKey {
  tn: Tn;
  page: PageRequest;
}

export interface OrdersLoaders {
  /** By carrier order id; null when the carrier does not know it. */
  orderDetail: DataLoader<string, OrderDetail | null>;
  /** By customerOrderReference; primes orderDetail. */
  orderByReference: DataLoader<string, OrderDetail | null>;
  /** By carrier order id, its /orderList entry; per request only (lastModified moves with every change). */
  orderSummary: DataLoader<string, OrderSummary | null>;
  orderNotes: DataLoader<string, OrderNote[]>;
  excludedByOrder: DataLoader<string, ExcludedOrderNumber[]>;
  excludedFeaturesByOrder: DataLoader<string, ExcludedFeature[]>;
  excludedE911ByOrder: DataLoader<string, ExcludedE911[]>;
  ordersOfTn: DataLoader<OrdersOfTnKey, Page<OrderSummary>, string>;
}

/** NOT_FOUND → null (or []), anything else stays an error for that key. */
const nullIfNotFound = async <T>(call: Promise<T>, empty: T): Promise<T> => {
  try {
    return await call;
  } catch (error) {
    if (isUpstreamNotFound(error)) return empty;
    throw error;
  }
};

export function createOrdersLoaders(deps: LoaderDeps): OrdersLoaders {
  const { api, cache, logger, ttl, concurrency } = deps;

  const orderDetail = new DataLoader<string, OrderDetail | null>((ids) =>
    cachedBatch<OrderDetail | null>(
      ids,
      { cache, namespace: ORDER_CACHE_NAMESPACE, ttlMs: ttl.order, logger, cacheable: isCacheableOrder },
      (misses) =>
        mapWithConcurrency(misses, concurrency, (orderId) => nullIfNotFound<OrderDetail | null>(api.orders.orderDetail({ orderId }), null)),
    ),
  );

  const orderByReference = new DataLoader<string, OrderDetail | null>(async (refs) => {
    const results = await mapWithConcurrency(refs, concurrency, (customerOrderReference) =>
      nullIfNotFound<OrderDetail | null>(api.orders.orderDetail({ customerOrderReference }), null),
    );
    const found = results.filter((r): r is OrderDetail => r !== null && !(r instanceof Error));
    for (const detail of found) orderDetail.prime(detail.orderId, detail);
    const settled = found.filter(isCacheableOrder);
    if (settled.length > 0 && ttl.order > 0) {
      await cache
        .setMany(
          ORDER_CACHE_NAMESPACE,
          settled.map((d) => ({ key: d.orderId, value: d })),
          ttl.order,
        )
        .catch((error: unknown) => logger.warn({ err: error }, 'read cache write failed'));
    }
    return results;
  });

  const orderSummary = new DataLoader<string, OrderSummary | null>((ids) =>
    mapWithConcurrency(ids, concurrency, async (orderId) => {
      const page = await api.orders.orderList({ orderId, page: { page: 1, size: 1 } });
      return page.items.find((item) => item.orderId === orderId) ?? null;
    }),
  );

  const orderNotes = new DataLoader<string, OrderNote[]>((ids) =>
    cachedBatch<OrderNote[]>(ids, { cache, namespace: ORDER_NOTES_CACHE_NAMESPACE, ttlMs: ttl.order, logger }, (misses) =>
      mapWithConcurrency(misses, concurrency, (orderId) => nullIfNotFound(api.orders.orderNote({ orderId }), [])),
    ),
  );

  const excludedByOrder = new DataLoader<string, ExcludedOrderNumber[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (orderId) => nullIfNotFound(api.orders.excludedTnList({ orderId }), [])),
  );

  const excludedFeaturesByOrder = new DataLoader<string, ExcludedFeature[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (orderId) => nullIfNotFound(api.orders.excludedFeatureList({ orderId }), [])),
  );

  const excludedE911ByOrder = new DataLoader<string, ExcludedE911[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (orderId) => nullIfNotFound(api.orders.excludedE911Detail({ orderId }), [])),
  );

  const ordersOfTn = new DataLoader<OrdersOfTnKey, Page<OrderSummary>, string>(
    (keys) =>
      mapWithConcurrency(keys, concurrency, ({ tn, page }) =>
        nullIfNotFound(api.orders.orderList({ tn, page: { ...page, ...NEWEST_FIRST } }), {
          items: [],
          page: page.page ?? 1,
          totalPages: 0,
          totalItems: 0,
        }),
      ),
    { cacheKeyFn: ({ tn, page }) => JSON.stringify([tn, page.page, page.size]) },
  );

  return {
    orderDetail,
    orderByReference,
    orderSummary,
    orderNotes,
    excludedByOrder,
    excludedFeaturesByOrder,
    excludedE911ByOrder,
    ordersOfTn,
  };
}
