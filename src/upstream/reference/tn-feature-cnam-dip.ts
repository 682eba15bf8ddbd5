/**
 * /tnFeatureCnamDip: every active number of the account with its inbound CNAM
 * dip setting (read; guide §Reference L11017). An account-wide paged scan with
 * no per-number key, so a page of it is the unit a caller asks for.
 */
import { defineOperation } from '../define.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type PageRequest } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { list, record, tn, yn } from '../wire/schema.js';

/** The sort properties the guide lists for this operation. */
export const CNAM_DIP_SORT_PROPERTIES = ['tn', 'rateCenter', 'lata', 'state'] as const;
export type CnamDipSortProperty = (typeof CNAM_DIP_SORT_PROPERTIES)[number];

export interface CnamDipQuery {
  page?: PageRequest & { property?: CnamDipSortProperty };
}

export interface CnamDipSetting {
  tn: Tn;
  /** `Y`/`N` on the wire; absent or unreadable is unknown. */
  cnamDip: boolean | undefined;
}

export const tnFeatureCnamDip = defineOperation({
  name: 'tnFeatureCnamDip',
  kind: 'read',
  request: (query: CnamDipQuery) => {
    const sort = pageSort(query.page);
    return sort ? { pageSort: sort } : {};
  },
  // The guide's example answers `tn` as a string; the numbers' other lists send numbers: the `tn` block takes both.
  response: record({ tnFeatureCnamDipList: list(record({ tn, cnamDip: yn })), ...pageFields }),
  map: (wire, query) => pageFromWire<CnamDipSetting>(wire, wire.tnFeatureCnamDipList, query.page?.page),
  // The guide documents only 200; an account with no active number is read as an empty page, as the other scans answer 430.
  notFound: { empty: (query) => emptyPage<CnamDipSetting>(query.page?.page) },
});
