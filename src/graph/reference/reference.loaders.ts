/**
 * Reference reads are account-wide paged scans with no per-number key: a page
 * is the unit, so identical page requests in one GraphQL request share one call.
 * Whole reference lists (coverage, CICs) are in reference-lists.loaders.ts.
 */
import DataLoader from 'dataloader';
import type { CnamDipQuery, CnamDipSetting } from '../../upstream/reference/tn-feature-cnam-dip.js';
import type { Page } from '../../upstream/shared/page.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import { createFeatureListLoaders, type FeatureListLoaders } from './feature-lists.loaders.js';
import { createReferenceListLoaders, type ReferenceListLoaders } from './reference-lists.loaders.js';

export interface ReferenceLoaders extends ReferenceListLoaders, FeatureListLoaders {
  cnamDipPage: DataLoader<CnamDipQuery, Page<CnamDipSetting>, string>;
}

export function createReferenceLoaders(deps: LoaderDeps): ReferenceLoaders {
  const { api, concurrency } = deps;
  const cnamDipPage = new DataLoader<CnamDipQuery, Page<CnamDipSetting>, string>(
    (queries) => mapWithConcurrency(queries, concurrency, (query) => api.reference.tnFeatureCnamDip(query)),
    { cacheKeyFn: (query) => JSON.stringify(query) },
  );
  return { cnamDipPage, ...createReferenceListLoaders(deps), ...createFeatureListLoaders(deps) };
}
