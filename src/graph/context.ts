/**
 * Builds the per-request context from the list of domain modules: the
 * upstream API (metered by the call budget), the shared read cache and a
 * fresh set of DataLoaders, so batching and de-duplication never leak data
 * between requests (cross-request reuse goes through the ReadCache with
 * short TTLs only).
 */
import { DEFAULT_SINGLE_KEY_CONCURRENCY } from './common/batch.js';
import { DEFAULT_UPSTREAM_CALL_BUDGET, withCallBudget } from './common/call-budget.js';
import type { CacheTtls, GatewayContext, GatewayDeps, GatewayLoaders, Invalidate, LoaderDeps } from './common/context.js';
import type { InvalidationScope } from './common/domain-module.js';
import { DOMAINS } from './domains.js';

export type { GatewayContext, GatewayDeps } from './common/context.js';

/** Default read-cache TTLs, each declared by the domain that owns the entity. */
export const DEFAULT_CACHE_TTL_MS: Readonly<CacheTtls> = Object.freeze(
  Object.assign({}, ...DOMAINS.map((domain) => domain.cacheTtlMs)) as CacheTtls,
);

export function createGatewayContext(deps: GatewayDeps): GatewayContext {
  const overrides = Object.entries(deps.cacheTtlMs ?? {}).filter(([, ms]) => ms !== undefined);
  const ttl: CacheTtls = { ...DEFAULT_CACHE_TTL_MS, ...Object.fromEntries(overrides) };
  const api = withCallBudget(deps.api, deps.upstreamCallBudget ?? DEFAULT_UPSTREAM_CALL_BUDGET);
  const concurrency = deps.singleKeyConcurrency ?? DEFAULT_SINGLE_KEY_CONCURRENCY;
  const loaderDeps: LoaderDeps = { api, cache: deps.cache, logger: deps.logger, ttl, concurrency };
  const loaders = Object.fromEntries(DOMAINS.map((domain) => [domain.name, domain.createLoaders(loaderDeps)])) as unknown as GatewayLoaders;

  const scope: InvalidationScope = {
    loaders,
    async dropFromCache(namespace, keys) {
      if (keys.length === 0) return;
      try {
        await deps.cache.delete(namespace, keys);
      } catch (error) {
        // The write succeeded; a stale read for at most one TTL is the cost.
        deps.logger.warn({ err: error, namespace }, 'read cache invalidation failed');
      }
    },
  };
  const invalidate: Invalidate = async (entity, keys) => {
    for (const domain of DOMAINS) {
      const handler = domain.invalidates[entity] as ((k: typeof keys, s: InvalidationScope) => Promise<void> | void) | undefined;
      if (handler) await handler(keys, scope);
    }
  };

  return { api, cache: deps.cache, logger: deps.logger, ttl, loaders, invalidate };
}
