/**
 * The contract every domain of the graph fulfils: src/graph/domains.ts lists
 * the modules, and the schema and the per-request context are built by
 * iterating that list, so adding a domain touches the list only.
 */
import type { CacheTtls, EntityKeys, EntityName, GatewayContext, GatewayLoaders, LoaderDeps } from './context.js';

// type-graphql takes classes; their constructor signatures vary.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassType = Function;

/** Federation: `{ __typename, ...key fields }` → the entity (null when unknown). */
export type ReferenceResolver = (reference: Record<string, unknown>, ctx: GatewayContext) => unknown;

/** What a domain's invalidation handler may touch: this request's loaders and the shared cache. */
export interface InvalidationScope {
  loaders: GatewayLoaders;
  /** Drops shared-cache entries; a cache outage is logged, not thrown (the write already succeeded). */
  dropFromCache(namespace: string, keys: readonly string[]): Promise<void>;
}

export type InvalidationHandlers = {
  [E in EntityName]?: (keys: readonly EntityKeys[E][], scope: InvalidationScope) => Promise<void> | void;
};

export interface DomainModule<K extends keyof GatewayLoaders = keyof GatewayLoaders> {
  /** Also the key of the domain's loaders in ctx.loaders. */
  name: K;
  resolvers: readonly ClassType[];
  /** Entities other subgraphs may reference: kept in the schema even if no query returns them. */
  orphanedTypes: readonly ClassType[];
  /** __resolveReference by entity type name. */
  references: Readonly<Record<string, ReferenceResolver>>;
  /**
   * The entities `node(id:)` resolves, by type name, each with the key field
   * its global id carries (`{ TelephoneNumber: 'tn' }`): the id's key goes to
   * the type's reference resolver as `{ [keyField]: key }`. Each type must
   * implement `Node` and have an entry in `references`.
   */
  nodeKeys?: Readonly<Record<string, string>>;
  /** Default read-cache TTLs of the entities this domain caches (GatewayDeps.cacheTtlMs overrides them). */
  cacheTtlMs: Partial<CacheTtls>;
  createLoaders(deps: LoaderDeps): GatewayLoaders[K];
  /** What this domain drops when a write changes an entity, its own or another domain's. */
  invalidates: InvalidationHandlers;
}

/** Keeps each module's name and loaders type tied together when listed. */
export const defineDomain = <K extends keyof GatewayLoaders>(module: DomainModule<K>): DomainModule<K> => module;
