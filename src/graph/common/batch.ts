/**
 * Building blocks for the per-request DataLoaders: cache-first batching
 * through the shared ReadCache, and bounded parallelism for single-key
 * upstream operations.
 */
import type { ReadCache } from '../../cache/read-cache.js';
import type { Logger } from 'pino';

/**
 * Single-key upstream reads (/orderDetail, /orderNote, /orderList by tn …) a
 * request runs at once per loader. The guide states no rate limit; 8 keeps a
 * 50-order page to about 7 round trips without bursting the carrier.
 */
export const DEFAULT_SINGLE_KEY_CONCURRENCY = 8;

/**
 * Run `fn` over `items` with at most `limit` calls in flight. Results keep
 * the input order; a failure is returned as that item's Error (DataLoader
 * then rejects only that key).
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<(R | Error)[]> {
  const results: (R | Error)[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (error) {
        results[index] = error instanceof Error ? error : new Error(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface CachedBatchOptions<V> {
  cache: ReadCache;
  namespace: string;
  ttlMs: number;
  logger: Logger;
  /** Values worth caching (e.g. not null "not found" answers). */
  cacheable?: (value: V) => boolean;
  /** Keys that must skip the cache both ways: always loaded, never stored. */
  bypass?: (key: string) => boolean;
}

/**
 * The cache-first batch: read `keys` from the ReadCache, load only the misses
 * with `loadMisses` (which returns a value or Error per miss, in order),
 * store the fresh answers, and return one entry per key for DataLoader.
 * A cache outage degrades to loading everything upstream.
 */
export async function cachedBatch<V>(
  keys: readonly string[],
  options: CachedBatchOptions<V>,
  loadMisses: (misses: string[]) => Promise<(V | Error)[]>,
): Promise<(V | Error)[]> {
  const { cache, namespace, ttlMs, logger } = options;
  const cacheable = options.cacheable ?? ((v: V) => v !== null && v !== undefined);
  const bypass = options.bypass ?? (() => false);
  const lookedUp = keys.filter((key) => !bypass(key));
  let cached: (V | undefined)[] = keys.map(() => undefined);
  if (ttlMs > 0 && lookedUp.length > 0) {
    try {
      const found = await cache.getMany<V>(namespace, lookedUp);
      const byKey = new Map(lookedUp.map((key, i) => [key, found[i]]));
      cached = keys.map((key) => byKey.get(key));
    } catch (error) {
      logger.warn({ err: error, namespace }, 'read cache unavailable; loading from upstream');
    }
  }
  const misses = keys.filter((_, i) => cached[i] === undefined);
  const fresh = misses.length > 0 ? await loadMisses(misses) : [];
  const freshByKey = new Map<string, V | Error>();
  misses.forEach((key, i) => freshByKey.set(key, fresh[i] as V | Error));

  const toStore = misses
    .map((key) => ({ key, value: freshByKey.get(key) }))
    .filter((e): e is { key: string; value: V } => !(e.value instanceof Error) && !bypass(e.key) && cacheable(e.value as V));
  if (toStore.length > 0 && ttlMs > 0) {
    try {
      await cache.setMany(namespace, toStore, ttlMs);
    } catch (error) {
      logger.warn({ err: error, namespace }, 'read cache write failed');
    }
  }
  return keys.map((key, i) => (cached[i] !== undefined ? (cached[i] as V) : (freshByKey.get(key) as V | Error)));
}

/** Split a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
