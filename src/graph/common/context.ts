/**
 * Per-request GraphQL context: the upstream API, the shared read cache and a
 * fresh set of DataLoaders (so batching and de-duplication never leak data
 * between requests; cross-request reuse goes through the ReadCache with
 * short TTLs only).
 */
import type { Logger } from 'pino';
import type { ReadCache } from '../../cache/read-cache.js';
import type { CarrierApi } from '../../upstream/client.js';
import type { Tn } from '../../upstream/shared/tn.js';
import { DEFAULT_UPSTREAM_CALL_BUDGET, withCallBudget } from './call-budget.js';
import { DEFAULT_SINGLE_KEY_CONCURRENCY } from './batch.js';
import {
  createNumbersLoaders,
  OPEN_ORDER_WATCH_MS,
  TN_CACHE_NAMESPACE,
  TN_OPEN_ORDER_NAMESPACE,
  type NumbersLoaders,
} from '../numbers/numbers.loaders.js';
import {
  createOrdersLoaders,
  ORDER_CACHE_NAMESPACE,
  ORDER_NOTES_CACHE_NAMESPACE,
  type OrdersLoaders,
} from '../orders/orders.loaders.js';
import { createTrunkGroupsLoaders, type TrunkGroupsLoaders } from '../trunk-groups/trunk-groups.loaders.js';

export interface GatewayDeps {
  api: CarrierApi;
  cache: ReadCache;
  logger: import('pino').Logger;
  cacheTtlMs?: { telephoneNumber?: number; order?: number; trunkGroups?: number };
  /** Upstream calls one GraphQL request may make (default DEFAULT_UPSTREAM_CALL_BUDGET). */
  upstreamCallBudget?: number;
  /** Single-key upstream reads (e.g. /orderDetail) one request runs at once (default DEFAULT_SINGLE_KEY_CONCURRENCY). */
  singleKeyConcurrency?: number;
}

/** Default read-cache TTLs: numbers change rarely, orders move fast, trunk groups almost never. */
export const DEFAULT_CACHE_TTL_MS = { telephoneNumber: 30_000, order: 5_000, trunkGroups: 60_000 } as const;

export interface CacheTtls {
  telephoneNumber: number;
  order: number;
  trunkGroups: number;
}

/** What loader factories need. */
export interface LoaderDeps {
  api: CarrierApi;
  cache: ReadCache;
  logger: Logger;
  ttl: CacheTtls;
  /** Single-key upstream reads in flight at once, per loader. */
  concurrency: number;
}

export interface GatewayLoaders {
  numbers: NumbersLoaders;
  orders: OrdersLoaders;
  trunkGroups: TrunkGroupsLoaders;
}

export interface GatewayContext {
  api: CarrierApi;
  cache: ReadCache;
  logger: Logger;
  ttl: CacheTtls;
  loaders: GatewayLoaders;
  /** Called by mutations after a successful write: drops the shared cache entries and this request's loader entries. */
  invalidate: {
    telephoneNumbers(tns: readonly Tn[]): Promise<void>;
    /** The TNs are on order `orderId`, which the carrier works on its own clock: keep them out of the shared cache meanwhile (call before `telephoneNumbers`). */
    telephoneNumbersOnOpenOrder(tns: readonly Tn[], orderId: string): Promise<void>;
    orders(orderIds: readonly string[]): Promise<void>;
  };
}

export function createGatewayContext(deps: GatewayDeps): GatewayContext {
  const ttl: CacheTtls = {
    telephoneNumber: deps.cacheTtlMs?.telephoneNumber ?? DEFAULT_CACHE_TTL_MS.telephoneNumber,
    order: deps.cacheTtlMs?.order ?? DEFAULT_CACHE_TTL_MS.order,
    trunkGroups: deps.cacheTtlMs?.trunkGroups ?? DEFAULT_CACHE_TTL_MS.trunkGroups,
  };
  const api = withCallBudget(deps.api, deps.upstreamCallBudget ?? DEFAULT_UPSTREAM_CALL_BUDGET);
  const concurrency = deps.singleKeyConcurrency ?? DEFAULT_SINGLE_KEY_CONCURRENCY;
  const loaderDeps: LoaderDeps = { api, cache: deps.cache, logger: deps.logger, ttl, concurrency };
  const loaders: GatewayLoaders = {
    numbers: createNumbersLoaders(loaderDeps),
    orders: createOrdersLoaders(loaderDeps),
    trunkGroups: createTrunkGroupsLoaders(loaderDeps),
  };

  const dropFromCache = async (namespace: string, keys: readonly string[]) => {
    if (keys.length === 0) return;
    try {
      await deps.cache.delete(namespace, keys);
    } catch (error) {
      // The write succeeded; a stale read for at most one TTL is the cost.
      deps.logger.warn({ err: error, namespace }, 'read cache invalidation failed');
    }
  };

  return {
    api,
    cache: deps.cache,
    logger: deps.logger,
    ttl,
    loaders,
    invalidate: {
      async telephoneNumbers(tns) {
        for (const tn of tns) {
          loaders.numbers.telephoneNumber.clear(tn);
          loaders.numbers.excludedByTn.clear(tn);
        }
        // Orders of a TN are keyed by (tn, page); a write may add an order to any page.
        loaders.orders.ordersOfTn.clearAll();
        await dropFromCache(TN_CACHE_NAMESPACE, tns);
      },
      async telephoneNumbersOnOpenOrder(tns, orderId) {
        if (tns.length > 0 && ttl.telephoneNumber > 0) {
          try {
            await deps.cache.setMany(TN_OPEN_ORDER_NAMESPACE, tns.map((tn) => ({ key: tn, value: orderId })), OPEN_ORDER_WATCH_MS);
          } catch (error) {
            deps.logger.warn({ err: error, namespace: TN_OPEN_ORDER_NAMESPACE }, 'read cache write failed');
          }
        }
      },
      async orders(orderIds) {
        for (const id of orderIds) {
          loaders.orders.orderDetail.clear(id);
          loaders.orders.orderSummary.clear(id);
          loaders.orders.orderNotes.clear(id);
          loaders.orders.excludedByOrder.clear(id);
        }
        loaders.orders.orderByReference.clearAll();
        await dropFromCache(ORDER_CACHE_NAMESPACE, orderIds);
        await dropFromCache(ORDER_NOTES_CACHE_NAMESPACE, orderIds);
      },
    },
  };
}
