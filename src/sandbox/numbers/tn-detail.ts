/**
 * /tnDetail (L1789): every tnSearchItem is an OR'ed criteria set (filters inside one item are AND'ed);
 * results are merged, de-duplicated by tn, sorted and paginated with pageSort/searchId.
 * No matches → 430 "No Results Found" (the guide shows only 200; 430 mirrors the other searches).
 */
import { defineOperation } from '../operation.js';
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import { PAGE_SORT } from '../request-fields.js';
import type { SandboxState } from '../store.js';
import type { AssignedTn } from '../types.js';
import { fail, invalid, isoDate, isReply, ok, readItems, required, tierLabel, yn, type Json } from '../wire.js';
import { compileSearchItem, MASK_MISSING, TN_SEARCH_ITEM } from './shared/tn-search-item.js';

const DETAIL_SORT = ['tn', 'rateCenter', 'lata', 'state'] as const;

const REQUEST = { tnSearchList: { tnSearchItem: TN_SEARCH_ITEM }, pageSort: PAGE_SORT } as const;

function detailItem(state: SandboxState, a: AssignedTn): Json {
  const rc = state.rateCenterOf(a.tn);
  const rec = state.numbers.get(a.tn);
  const callerId: Json = { cnamDip: a.features.callerId.cnamDip };
  if (a.features.callerId.callingName) callerId['callingName'] = a.features.callerId.callingName;
  const out: Json = {
    tn: Number(a.tn), // a JSON number, as the example shows (L1862)
    trunkGroup: a.trunkGroup,
    endUser: { ...(a.endUser ?? {}) },
    tnFeature: {
      callerId,
      directoryListing: { ...(a.features.directoryListing ?? {}) },
      e911: { ...(a.features.e911 ?? {}) },
      messaging: { ...(a.features.messaging ?? {}) },
    },
    lata: rc?.lata ?? '',
    rateCenter: rc?.abbr ?? '',
    locName: rc?.name ?? '',
    province: rc?.province ?? '',
    tnStatus: a.status,
    rateCenterTier: rc ? tierLabel(rc.tier) : '',
    countryCode: '1',
    tnSource: 'NATIVE',
    activateDate: isoDate(a.activateDate),
    activateUser: a.activateUser,
    wireless: yn(!!rec?.wireless),
  };
  // Not in the guide's example but filterable and listed by the vendor Swagger (ResponseTnDetail): emitted when set.
  if (a.portOutPin !== undefined) out['portOutPin'] = a.portOutPin;
  if (a.tnNote !== undefined) out['tnNote'] = a.tnNote;
  return out;
}

export const tnDetail = defineOperation(REQUEST, ({ state }, body) => {
  const page = paginate(state, 'tnDetail', body, () => {
    const searchItems = readItems(body, 'tnSearchList', 'tnSearchItem');
    if (!searchItems || searchItems.length === 0) return required('tnSearchList.tnSearchItem');
    const predicates: Array<(a: AssignedTn) => boolean> = [];
    for (const searchItem of searchItems) {
      const p = compileSearchItem(state, searchItem);
      if (p === MASK_MISSING) return required('tnMask');
      if (typeof p === 'string') return invalid(p);
      predicates.push(p);
    }
    const sort = readSort(body, DETAIL_SORT);
    if (isReply(sort)) return sort;
    const key = (a: AssignedTn) => rateCenterSortKey(sort.property, state.rateCenterOf(a.tn), a.tn);
    return [...state.assigned.values()]
      .filter((a) => predicates.some((p) => p(a)))
      .sort(compareBy(key, sort.direction, (a) => a.tn))
      .map((a) => a.tn);
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return fail('430', 'No Results Found');
  const tnItem = page.keys
    .map((tn) => state.assigned.get(tn))
    .filter((a): a is AssignedTn => !!a)
    .map((a) => detailItem(state, a));
  return ok({ tnList: { tnItem }, ...page.fields });
});
