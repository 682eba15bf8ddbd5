/**
 * Trunk groups: /trunkGroupSearchAssigned lists every name and takes no key,
 * so the whole list is one cached value read at most once per request.
 */
import DataLoader from 'dataloader';
import { cachedBatch } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export const TRUNK_GROUPS_CACHE_NAMESPACE = 'trunk-groups';
export const ALL_TRUNK_GROUPS = 'all';

export interface TrunkGroupsLoaders {
  /** The single key is ALL_TRUNK_GROUPS. */
  assignedNames: DataLoader<typeof ALL_TRUNK_GROUPS, string[]>;
}

export function createTrunkGroupsLoaders(deps: LoaderDeps): TrunkGroupsLoaders {
  const { api, cache, logger, ttl } = deps;
  const assignedNames = new DataLoader<typeof ALL_TRUNK_GROUPS, string[]>((keys) =>
    cachedBatch<string[]>(keys, { cache, namespace: TRUNK_GROUPS_CACHE_NAMESPACE, ttlMs: ttl.trunkGroups, logger }, async () => {
      try {
        return [await api.trunkGroups.trunkGroupSearchAssigned()];
      } catch (error) {
        return [error as Error];
      }
    }),
  );
  return { assignedNames };
}
