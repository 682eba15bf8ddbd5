/**
 * Assigned-number reads and immediate updates: /tnAssignedList (L1740), /tnDetail (L1789),
 * /portOutPinUpdate (L2480), /tnNoteUpdate (L2528).
 */
import { MESSAGE_CLASSES, MESSAGE_TYPES } from '../features.js';
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import type { SandboxState } from '../store.js';
import type { AssignedTn, StringMap } from '../types.js';
import { compileMask } from '../wildcard.js';
import {
  exclusionStatus, fail, invalid, isoDate, isReply, normaliseTier, ok, rawTn, readItems, readStr, readTn, readWrappedItems, readYN, required, tierLabel, yn,
  type Json,
} from '../wire.js';
import type { Handler } from './context.js';

const DETAIL_SORT = ['tn', 'rateCenter', 'lata', 'state'] as const;
/**
 * /tnDetail lists tiers "0, 2, HI, AK, PRI, and CAN" (L1808); /tnInventory adds 1 and WS-A/B/C
 * (L830). Tier 1 numbers are assigned too, so the two lists are read as one: the union is accepted.
 */
const DETAIL_TIERS = ['0', '1', '2', 'AK', 'HI', 'CAN', 'PRI', 'WS-A', 'WS-B', 'WS-C'];
const STATUS_CODES: Record<string, AssignedTn['status']> = { INSVC: 'In Service', PNDNG: 'Pending', PDISC: 'Pending Disconnect' };

export const tnAssignedList: Handler = ({ state }) => {
  const list = [...state.assigned.values()].sort((a, b) => a.tn.localeCompare(b.tn));
  // Not shown in the guide for this op; 430 mirrors the other list operations.
  if (list.length === 0) return fail('430', 'No Result Found');
  return ok({ tnBasicList: { tnBasicItem: list.map((a) => ({ tn: Number(a.tn), tnStatus: a.status })) } });
};

const contains = (hay: string | undefined, needle: string) => hay !== undefined && hay.toLowerCase().includes(needle.toLowerCase());
const anyContains = (m: StringMap | undefined, needle: string) => !!m && Object.values(m).some((v) => contains(v, needle));
const present = (m: StringMap | undefined) => !!m && Object.keys(m).length > 0;
const MASK_MISSING = Symbol('tnMask missing');

/**
 * One tnSearchItem → predicate, or the reason it is invalid (a missing tnMask is answered by the
 * caller as 414). Field names in the table contain PDF spaces ("callingName Contains",
 * "activateStartDate Range"); keys are read with spaces removed.
 */
function compileSearchItem(state: SandboxState, rawItem: Json): ((a: AssignedTn) => boolean) | string | typeof MASK_MISSING {
  const item: Json = {};
  for (const [k, v] of Object.entries(rawItem)) item[k.replace(/\s+/g, '')] = v;
  const maskRaw = typeof item['tnMask'] === 'number' ? String(item['tnMask']) : item['tnMask'];
  if (typeof maskRaw !== 'string' || maskRaw === '') return MASK_MISSING;
  const mask = compileMask(maskRaw);
  if (typeof mask === 'string') return mask;
  const checks: Array<(a: AssignedTn) => boolean> = [(a) => mask(a.tn)];
  const s = (k: string) => readStr(item[k]);

  const status = s('tnStatus');
  if (status !== undefined) {
    const label = STATUS_CODES[status.toUpperCase()] ?? Object.values(STATUS_CODES).find((l) => l.toLowerCase() === status.toLowerCase());
    if (!label) return 'tnStatus must be one of INSVC, PNDNG, PDISC';
    checks.push((a) => a.status === label);
  }
  const tg = s('trunkGroupName');
  if (tg !== undefined) checks.push((a) => a.trunkGroup.toUpperCase() === tg.toUpperCase());
  const rcOf = (a: AssignedTn) => state.rateCenterOf(a.tn);
  const lata = s('lata');
  if (lata !== undefined && !/^\d{3}$/.test(lata)) return 'lata must be three digits'; // "Three-digit" (L1805)
  if (lata !== undefined) checks.push((a) => rcOf(a)?.lata === lata);
  const rateCenter = s('rateCenter');
  if (rateCenter !== undefined) checks.push((a) => rcOf(a)?.abbr.toUpperCase() === rateCenter.toUpperCase());
  const province = s('province');
  if (province !== undefined && !/^[A-Za-z]{2}$/.test(province)) return 'province must be a two-letter state or province abbreviation'; // L1807
  if (province !== undefined) checks.push((a) => rcOf(a)?.province === province.toUpperCase());
  const tier = normaliseTier(item['rateCenterTier']);
  if (tier !== undefined && !DETAIL_TIERS.includes(tier)) return `rateCenterTier must be one of ${DETAIL_TIERS.join(', ')}`;
  if (tier !== undefined) checks.push((a) => rcOf(a)?.tier === tier);
  const pin = s('portOutPin');
  if (pin !== undefined) checks.push((a) => contains(a.portOutPin, pin));
  const note = s('tnNote');
  if (note !== undefined) checks.push((a) => contains(a.tnNote, note));

  const yesNo = (k: string, has: (a: AssignedTn) => boolean): string | undefined => {
    if (item[k] === undefined || item[k] === '') return undefined;
    const v = readYN(item[k]);
    if (!v) return `${k} must be Y or N`;
    checks.push((a) => has(a) === (v === 'Y'));
    return undefined;
  };
  const err =
    yesNo('cnamDip', (a) => a.features.callerId.cnamDip === 'Y') ??
    yesNo('callingName', (a) => !!a.features.callerId.callingName) ??
    yesNo('directoryListing', (a) => present(a.features.directoryListing)) ??
    yesNo('e911', (a) => present(a.features.e911)) ??
    yesNo('messaging', (a) => present(a.features.messaging)) ??
    yesNo('wireless', (a) => !!state.numbers.get(a.tn)?.wireless);
  if (err) return err;

  const cn = s('callingNameContains');
  if (cn !== undefined) checks.push((a) => contains(a.features.callerId.callingName, cn));
  const dl = s('directoryListingContains');
  if (dl !== undefined) checks.push((a) => anyContains(a.features.directoryListing, dl));
  const e911 = s('e911Contains');
  if (e911 !== undefined) checks.push((a) => anyContains(a.features.e911, e911));
  // Acceptable values as listed (L1818, L1821).
  const mc = s('messageClass');
  if (mc !== undefined && !MESSAGE_CLASSES.includes(mc)) return `messageClass must be one of ${MESSAGE_CLASSES.join(', ')}`;
  if (mc !== undefined) checks.push((a) => a.features.messaging?.['messageClass'] === mc);
  const mt = s('messageType');
  if (mt !== undefined && !MESSAGE_TYPES.includes(mt)) return `messageType must be one of ${MESSAGE_TYPES.join(', ')}`;
  if (mt !== undefined) checks.push((a) => a.features.messaging?.['messageType'] === mt);
  const user = s('activateUser');
  if (user !== undefined) checks.push((a) => contains(a.activateUser, user));
  for (const [k, cmp] of [['activateStartDateRange', 1], ['activateEndDateRange', -1]] as const) {
    const v = s(k);
    if (v === undefined) continue;
    const t = Date.parse(v);
    if (Number.isNaN(t)) return `${k} must be a date like 2017-03-29T14:00:46.000Z`;
    checks.push((a) => (cmp === 1 ? a.activateDate >= t : a.activateDate <= t));
  }
  return (a) => checks.every((c) => c(a));
}

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

/**
 * /tnDetail: every tnSearchItem is an OR'ed criteria set (filters inside one item are AND'ed);
 * results are merged, de-duplicated by tn, sorted and paginated with pageSort/searchId.
 * No matches → 430 "No Results Found" (the guide shows only 200; 430 mirrors the other searches).
 */
export const tnDetail: Handler = ({ state }, body) => {
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
  const tnItem = page.keys.map((tn) => state.assigned.get(tn)).filter((a): a is AssignedTn => !!a).map((a) => detailItem(state, a));
  return ok({ tnList: { tnItem }, ...page.fields });
};

/**
 * Immediate per-TN update on In Service TNs (no order is created: the responses carry no orderId).
 * Invalid TNs are reported inside `status` in the /tnOrder exclusion format, statusCode "200".
 */
function updateInService(
  state: SandboxState,
  items: Json[],
  field: string,
  apply: (a: AssignedTn, value: string) => string | undefined,
) {
  const excluded: Array<{ index: number; tn: string; reason: string }> = [];
  items.forEach((item, index) => {
    const tn = readTn(item['tn']);
    const a = tn ? state.assigned.get(tn) : undefined;
    const value = typeof item[field] === 'number' ? String(item[field]) : item[field];
    let reason: string | undefined;
    if (!tn) reason = item['tn'] === undefined ? 'Fields are Required: tn' : 'Invalid TN; must be a ten-digit telephone number';
    else if (!a) reason = 'TN is not assigned to this customer';
    else if (a.status !== 'In Service') reason = `TN is not In Service (status ${a.status})`;
    else if (typeof value !== 'string') reason = `Fields are Required: ${field}`;
    else reason = apply(a, value);
    if (reason) excluded.push({ index, tn: tn ?? rawTn(item['tn']), reason });
  });
  return ok(excluded.length > 0 ? { status: exclusionStatus(excluded) } : {});
}

export const portOutPinUpdate: Handler = ({ state }, body) => {
  const items = readWrappedItems(body, 'portOutPin');
  if (isReply(items)) return items;
  return updateInService(state, items, 'portOutPin', (a, pin) => {
    // "PIN for onnet port-out protection (Tier 0 & HI)"; reason text as /excludedFeatureList shows it (L10050).
    if (!state.numbers.get(a.tn)?.caps.portOutPin) return 'Port-out PIN is not supported';
    if (pin.trim() === '') return 'Fields are Required: portOutPin';
    a.portOutPin = pin;
    return undefined;
  });
};

export const tnNoteUpdate: Handler = ({ state }, body) => {
  const items = readWrappedItems(body, 'tnNote');
  if (isReply(items)) return items;
  return updateInService(state, items, 'tnNote', (a, note) => {
    // An empty note clears it (no removal operation is documented).
    if (note === '') delete a.tnNote;
    else a.tnNote = note;
    return undefined;
  });
};
