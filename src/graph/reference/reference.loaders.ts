/**
 * Reference reads are account-wide paged scans with no per-number key: a page
 * is the unit, so identical page requests in one GraphQL request share one call.
 */
import DataLoader from 'dataloader';
import type { CnamDipQuery, CnamDipSetting } from '../../upstream/reference/tn-feature-cnam-dip.js';
import type { Page } from '../../upstream/shared/page.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export interface ReferenceLoaders {
  cnamDipPage: DataLoader<CnamDipQuery, Page<CnamDipSetting>, string>;
}

export function createReferenceLoaders({ api, concurrency }: LoaderDeps): ReferenceLoaders {
  const cnamDipPage = new DataLoader<CnamDipQuery, Page<CnamDipSetting>, string>(
    (queries) => mapWithConcurrency(queries, concurrency, (query) => api.reference.tnFeatureCnamDip(query)),
    { cacheKeyFn: (query) => JSON.stringify(query) },
  );
  return { cnamDipPage };
}
