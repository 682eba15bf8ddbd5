/**
 * The per-request GraphQL context, as resolvers see it. Domain-free: each
 * domain module adds its own loaders, cache TTLs and invalidated entities to
 * the interfaces below by declaration merging (see <domain>/index.ts), and
 * src/graph/context.ts builds the context from the list of domain modules.
 */
import type { Logger } from 'pino';
import type { ReadCache } from '../../cache/read-cache.js';
import type { CarrierApi } from '../../upstream/client.js';

/** The request's loaders, one entry per domain module (merged in by each domain: `numbers: NumbersLoaders`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GatewayLoaders {}

/** Read-cache TTLs in ms, one entry per cached entity (merged in by each domain: `telephoneNumber: number`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CacheTtls {}

/** Entities a write can invalidate, with the type of their key (merged in by each domain: `TelephoneNumber: Tn`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EntityKeys {}
export type EntityName = keyof EntityKeys;

export interface GatewayDeps {
  api: CarrierApi;
  cache: ReadCache;
  logger: Logger;
  /** Per-entity read-cache TTLs; unset entries take the owning domain's default, 0 turns caching off. */
  cacheTtlMs?: Partial<CacheTtls>;
  /** Upstream calls one GraphQL request may make (default DEFAULT_UPSTREAM_CALL_BUDGET). */
  upstreamCallBudget?: number;
  /** Single-key upstream reads (e.g. /orderDetail) one request runs at once (default DEFAULT_SINGLE_KEY_CONCURRENCY). */
  singleKeyConcurrency?: number;
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

/** Called by mutations after a successful write: every domain's handler for that entity drops what it holds of these keys. */
export type Invalidate = <E extends EntityName>(entity: E, keys: readonly EntityKeys[E][]) => Promise<void>;

export interface GatewayContext {
  api: CarrierApi;
  cache: ReadCache;
  logger: Logger;
  ttl: CacheTtls;
  loaders: GatewayLoaders;
  invalidate: Invalidate;
}
