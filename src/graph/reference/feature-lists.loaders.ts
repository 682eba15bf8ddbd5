/**
 * The account-wide feature lists: a page is the unit for the paged ones (equal page requests in one
 * GraphQL request share one call); /tnFeatureDLList has no pages and is read at most once per request.
 */
import DataLoader from 'dataloader';
import type { FeatureListQuery } from '../../upstream/reference/feature-list-page.js';
import type { CallerIdStorage } from '../../upstream/reference/tn-feature-cnam-list.js';
import type { DirectoryListingNumber } from '../../upstream/reference/tn-feature-dl-list.js';
import type { E911ListQuery, E911Listing } from '../../upstream/reference/tn-feature-e911-list.js';
import type { MessagingNumber } from '../../upstream/reference/tn-feature-message-list.js';
import type { Page } from '../../upstream/shared/page.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export const ALL_LISTINGS = 'all';

export interface FeatureListLoaders {
  callerIdStoragePage: DataLoader<FeatureListQuery, Page<CallerIdStorage>, string>;
  e911Page: DataLoader<E911ListQuery, Page<E911Listing>, string>;
  messagingPage: DataLoader<FeatureListQuery, Page<MessagingNumber>, string>;
  directoryListings: DataLoader<typeof ALL_LISTINGS, DirectoryListingNumber[]>;
}

export function createFeatureListLoaders({ api, concurrency }: LoaderDeps): FeatureListLoaders {
  const paged = <Q, V>(read: (query: Q) => Promise<V>) =>
    new DataLoader<Q, V, string>((queries) => mapWithConcurrency(queries, concurrency, read), { cacheKeyFn: (q) => JSON.stringify(q) });
  return {
    callerIdStoragePage: paged((q: FeatureListQuery) => api.reference.tnFeatureCnamList(q)),
    e911Page: paged((q: E911ListQuery) => api.reference.tnFeatureE911List(q)),
    messagingPage: paged((q: FeatureListQuery) => api.reference.tnFeatureMessageList(q)),
    directoryListings: new DataLoader<typeof ALL_LISTINGS, DirectoryListingNumber[]>((keys) =>
      mapWithConcurrency(keys, 1, () => api.reference.tnFeatureDLList()),
    ),
  };
}

/** Every list a feature write can change, dropped so later reads of this request see the change. */
export function clearFeatureLists(loaders: FeatureListLoaders): void {
  loaders.callerIdStoragePage.clearAll();
  loaders.e911Page.clearAll();
  loaders.messagingPage.clearAll();
  loaders.directoryListings.clearAll();
}
