/** /tnInventory (L798): available numbers by mask or wildcard plus location filters, sorted and paginated. */
import { defineOperation } from '../operation.js';
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import { ANY } from '../request-shape.js';
import { PAGE_SORT } from '../request-fields.js';
import type { SandboxState } from '../store.js';
import type { NumberRecord } from '../types.js';
import { fail, isReply, ok, tierLabel, yn, type Json } from '../wire.js';
import { buildInventorySearch } from './shared/inventory-search.js';

const INVENTORY_SORT = ['tn', 'rateCenter', 'lata', 'state', 'rateCenterTier'] as const;
const MAX_SEQUENTIAL = 99;

const REQUEST = {
  tnMask: ANY,
  tnWildcard: ANY,
  lata: ANY,
  rateCenter: ANY,
  rateCenterTier: ANY,
  province: ANY,
  city: ANY,
  postalCode: ANY,
  radius: ANY,
  quantity: ANY,
  sequential: ANY,
  wireless: ANY,
  localCallingArea: ANY,
  searchOnNetOnly: ANY,
  pageSort: PAGE_SORT,
} as const;

/** "Enter true to return sequential numbers (up to 99)": the first run of consecutive TNs long enough, else the longest. */
function sequentialRun(tns: string[], wanted: number): string[] {
  const sorted = [...tns].sort();
  let best: string[] = [];
  let run: string[] = [];
  for (const tn of sorted) {
    if (run.length > 0 && Number(tn) === Number(run[run.length - 1]) + 1) run.push(tn);
    else run = [tn];
    if (run.length > best.length) best = [...run];
    if (run.length >= wanted) return run.slice(0, wanted);
  }
  return best.slice(0, wanted);
}

function inventoryItem(state: SandboxState, r: NumberRecord): Json {
  const rc = state.rateCenters.get(r.rateCenter)!;
  return {
    telephoneNumber: r.tn,
    rateCenter: rc.abbr,
    rateCenterName: rc.name,
    city: rc.city,
    lata: rc.lata,
    province: rc.province,
    rateCenterTier: tierLabel(rc.tier),
    cnamAllowed: yn(r.caps.cnam),
    dlAllowed: yn(r.caps.dl),
    e911Allowed: yn(r.caps.e911),
    msgAllowed: yn(r.caps.msg),
    countryCode: '1',
    portOutPinSupported: yn(r.caps.portOutPin),
    portOutNotificationSupported: yn(r.caps.portOutNotification),
    smsOverrideAllowed: yn(r.caps.smsOverride),
    mmsAllowed: yn(r.caps.mms),
    mmsOverrideAllowed: yn(r.caps.mmsOverride),
  };
}

export const tnInventory = defineOperation(REQUEST, ({ state }, body) => {
  const page = paginate(state, 'tnInventory', body, () => {
    const spec = buildInventorySearch(state, body);
    if (isReply(spec)) return spec;
    const sort = readSort(body, INVENTORY_SORT);
    if (isReply(sort)) return sort;
    let matches = [...state.numbers.values()].filter(spec.filter);
    if (spec.sequential) {
      const run = new Set(
        sequentialRun(
          matches.map((r) => r.tn),
          Math.min(spec.quantity ?? MAX_SEQUENTIAL, MAX_SEQUENTIAL),
        ),
      );
      matches = matches.filter((r) => run.has(r.tn));
    }
    matches.sort(
      compareBy(
        (r) => rateCenterSortKey(sort.property, state.rateCenters.get(r.rateCenter), r.tn),
        sort.direction,
        (r) => r.tn,
      ),
    );
    if (spec.quantity !== undefined) matches = matches.slice(0, spec.quantity);
    return matches.map((r) => r.tn);
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return fail('430', 'No Results Found');
  const tnResult = page.keys
    .map((tn) => state.numbers.get(tn))
    .filter((r): r is NumberRecord => !!r)
    .map((r) => inventoryItem(state, r));
  return ok({ tnResult, ...page.fields });
});
