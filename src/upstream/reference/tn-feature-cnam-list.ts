/** /tnFeatureCnamList: the numbers with a caller name stored for outbound display (LIDB), paged (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { emptyPage, pageFields, pageFromWire } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import { defined, featureListRequest, type FeatureListQuery } from './feature-list-page.js';

export interface CallerIdStorage {
  tn: Tn;
  callingName?: string;
}

/** Documented (L11081): `tnFeatureList.tnFeatureItem[]` with `tn` (a JSON number) and `callingName`; the example's stray `, ,` is the guide's typo. */
export const tnFeatureCnamList = defineOperation({
  name: 'tnFeatureCnamList',
  kind: 'read',
  request: featureListRequest,
  response: record({ tnFeatureList: wrappedList('tnFeatureItem', record({ tn, callingName: text })), ...pageFields }),
  map: (wire, query: FeatureListQuery) =>
    pageFromWire<CallerIdStorage>(
      wire,
      wire.tnFeatureList.map((w) => ({ tn: w.tn, ...defined({ callingName: w.callingName }) })),
      query.page?.page,
    ),
  notFound: { empty: (query) => emptyPage<CallerIdStorage>(query.page?.page) },
});
