/**
 * What the account-wide feature lists share (guide §Reference): the items sit
 * in `tnFeatureList.tnFeatureItem`, the paged ones add the page fields and take
 * `pageSort` with the same four sort properties.
 */
import { pageSort, type PageRequest } from '../shared/page.js';
import type { WireObject } from '../wire/values.js';

export const FEATURE_LIST_SORT_PROPERTIES = ['tn', 'rateCenter', 'lata', 'state'] as const;
export type FeatureListSortProperty = (typeof FEATURE_LIST_SORT_PROPERTIES)[number];

export interface FeatureListQuery {
  page?: PageRequest & { property?: FeatureListSortProperty };
}

export function featureListRequest(query: FeatureListQuery): WireObject {
  const sort = pageSort(query.page);
  return sort ? { pageSort: sort } : {};
}

/** `{ key: value }` with the undefined members left out (the carrier omits fields freely; unknown is absent). */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
