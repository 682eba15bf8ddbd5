/**
 * Reference data: /rateCenterCoverage and /cicList list everything and take no
 * key, so each list is one cached value read at most once per request, and
 * every rate center of a page (from any domain) is looked up in it.
 */
import DataLoader from 'dataloader';
import { cachedBatch } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import type { Cic } from '../../upstream/reference/cic-list.js';
import type { RateCenterCoverage } from '../../upstream/reference/rate-center-coverage.js';

export const REFERENCE_CACHE_NAMESPACE = 'reference';
/**
 * Coverage and CICs change on the carrier's schedule, never through a write of the gateway: five minutes. A
 * constant rather than a CacheTtls entry, so the gateway's per-entity TTL table stays the one the lead owns.
 */
export const REFERENCE_LIST_TTL_MS = 300_000;

/** Wireline and wireless coverage are separate carrier answers (`wireless` N or Y). */
export type CoverageKey = 'wireline' | 'wireless';
export const ALL_CICS = 'cics';

export interface ReferenceListLoaders {
  coverage: DataLoader<CoverageKey, RateCenterCoverage[]>;
  cics: DataLoader<typeof ALL_CICS, Cic[]>;
}

export function createReferenceListLoaders(deps: LoaderDeps): ReferenceListLoaders {
  const { api, cache, logger } = deps;
  const options = { cache, namespace: REFERENCE_CACHE_NAMESPACE, ttlMs: REFERENCE_LIST_TTL_MS, logger };
  const one = async <V>(read: () => Promise<V>): Promise<(V | Error)[]> => {
    try {
      return [await read()];
    } catch (error) {
      return [error as Error];
    }
  };
  const coverage = new DataLoader<CoverageKey, RateCenterCoverage[]>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [value] = await cachedBatch<RateCenterCoverage[]>([`coverage:${key}`], options, () =>
            one(() => api.reference.rateCenterCoverage({ wireless: key === 'wireless' })),
          );
          return value!;
        }),
      ),
    { maxBatchSize: 1 },
  );
  const cics = new DataLoader<typeof ALL_CICS, Cic[]>((keys) =>
    cachedBatch<Cic[]>(
      keys.map((k) => k),
      options,
      () => one(() => api.reference.cicList()),
    ),
  );
  return { coverage, cics };
}
