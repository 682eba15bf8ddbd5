/**
 * Inventory operations: /tnInventory (L798), /tnReserve (L1128), /tnRelease (L1269),
 * /tnReservedList (L1359), /tnInventoryCoverage (L1455).
 */
import { RESERVATION_MS } from '../lifecycle.js';
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import { milesBetween } from '../reference-data.js';
import type { SandboxState } from '../store.js';
import type { NumberRecord, RateCenter } from '../types.js';
import { compileMask, compileWildcard, maskNpaNxx, translateWildcard } from '../wildcard.js';
import {
  fail, invalid, isReply, normaliseTier, ok, rawTn, readStr, readTn, readWrappedItems, readYN, required, tierLabel, yn,
  type Json, type Reply,
} from '../wire.js';
import type { Handler } from './context.js';

const INVENTORY_SORT = ['tn', 'rateCenter', 'lata', 'state', 'rateCenterTier'] as const;
const INVENTORY_TIERS = ['0', '1', '2', 'AK', 'HI', 'CAN', 'PRI', 'WS-A', 'WS-B', 'WS-C'];
const MAX_RADIUS_MILES = 50;
const MAX_SEQUENTIAL = 99;

const WIRELESS_NOT_ALLOWED = fail('414', 'Wireless not allowed for Customer');
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Wireless filter: explicit Y/N wins; unset = wireline only unless the account is wireless-enabled.
 * "If wireless is specified, the customer must be configured to allow ordering wireless TNs" (L822)
 * is read as wireless=Y: the 414 example sends "Y" (L1576), and asking for wireline (N) is what
 * every account may do.
 */
function wirelessFilter(state: SandboxState, v: unknown): ((r: NumberRecord) => boolean) | Reply {
  const w = readYN(v);
  if (w === undefined && present(v)) return invalid('wireless must be Y or N'); // "Y or N" (L837, L1463)
  if (w === 'Y' && !state.account.wirelessEnabled) return WIRELESS_NOT_ALLOWED;
  if (w === 'Y') return (r) => r.wireless;
  if (w === 'N' || !state.account.wirelessEnabled) return (r) => !r.wireless;
  return () => true;
}

/** province: "Two-letter state or province abbreviation" (L831, L1464). */
function readProvince(v: unknown): string | undefined | Reply {
  const province = readStr(v)?.toUpperCase();
  if (province !== undefined && !/^[A-Z]{2}$/.test(province)) return invalid('province must be a two-letter state or province abbreviation');
  return province;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** Builds the /tnInventory predicate from the search rules (L809–L822); returns a Reply on violation. */
function buildInventorySearch(state: SandboxState, body: Json): { filter: (r: NumberRecord) => boolean; sequential: boolean; quantity?: number } | Reply {
  // tnMask is a string in every example; a ten-digit JSON number is read as its digits (as /tnDetail does).
  const maskRaw = typeof body['tnMask'] === 'number' && Number.isInteger(body['tnMask']) ? String(body['tnMask']) : body['tnMask'];
  const mask = typeof maskRaw === 'string' && maskRaw !== '' ? maskRaw : undefined;
  const wildcard = typeof body['tnWildcard'] === 'string' && body['tnWildcard'] !== '' ? body['tnWildcard'] : undefined;
  const rateCenter = readStr(body['rateCenter']);
  const city = readStr(body['city']);
  const province = readProvince(body['province']);
  if (isReply(province)) return province;
  const postalCode = readStr(body['postalCode']);
  const lata = readStr(body['lata']);
  const tier = normaliseTier(body['rateCenterTier']);
  const local = body['localCallingArea'] === true || readYN(body['localCallingArea']) === 'Y';
  const sequential = body['sequential'] === true || readYN(body['sequential']) === 'Y';
  const radius = body['radius'] === undefined || body['radius'] === null || body['radius'] === '' ? undefined : Number(body['radius']);

  // "tnMask takes priority if both are specified." The rules require one "even if searching for all
  // TNs" (L810), but Examples 10–12 (L1000–L1036: local by rate center / city / postal code) send
  // neither, so a local search without a pattern is accepted as "all TNs".
  let pattern: ((tn: string) => boolean) | string;
  let npaNxx: string | undefined;
  if (mask !== undefined) {
    pattern = compileMask(mask);
    npaNxx = maskNpaNxx(mask);
  } else if (wildcard !== undefined) {
    pattern = compileWildcard(wildcard);
    npaNxx = maskNpaNxx(translateWildcard(wildcard) ?? '');
  } else if (local) {
    pattern = () => true;
  } else {
    return required('tnMask or tnWildcard');
  }
  if (typeof pattern === 'string') return invalid(pattern);
  if (local && npaNxx) {
    // Local search: the NPANXX names the area (its local calling area is searched), so only the
    // line digits of a mask still filter; a wildcard only serves to name the NPANXX.
    const line = mask !== undefined ? compileMask(`xxxxxx${mask.slice(6)}`) : () => true;
    if (typeof line === 'string') return invalid(line);
    pattern = line;
  }

  if ([rateCenter, city, postalCode].filter((v) => v !== undefined).length > 1) {
    return invalid('rateCenter, city and postalCode are mutually exclusive');
  }
  if (city !== undefined && province === undefined) return required('province');
  if (radius !== undefined) {
    if (!Number.isFinite(radius) || radius <= 0) return invalid('radius must be a positive number of miles');
    if (radius > MAX_RADIUS_MILES) return invalid(`radius maximum acceptable value is ${MAX_RADIUS_MILES} (miles)`);
    if (!((city !== undefined && province !== undefined) || postalCode !== undefined)) {
      return invalid('radius is only valid if city and province or postalCode are specified');
    }
  }
  if ([radius !== undefined, local, sequential].filter(Boolean).length > 1) {
    return invalid('radius, localCallingArea and sequential are mutually exclusive');
  }
  if (local && !npaNxx && rateCenter === undefined && !(city !== undefined && province !== undefined) && postalCode === undefined) {
    return invalid('localCallingArea requires an NPANXX in tnMask/tnWildcard, a rateCenter, city and province, or a postalCode');
  }
  if (tier !== undefined && !INVENTORY_TIERS.includes(tier)) {
    return invalid(`rateCenterTier must be one of ${INVENTORY_TIERS.join(', ')}`);
  }
  if (lata !== undefined && !/^\d{3}$/.test(lata)) return invalid('lata must be three digits');
  let quantity: number | undefined;
  if (body['quantity'] !== undefined && body['quantity'] !== null && body['quantity'] !== '') {
    quantity = Number(body['quantity']);
    if (!Number.isInteger(quantity) || quantity < 1) return invalid('quantity must be a positive integer');
  }
  const wireless = wirelessFilter(state, body['wireless']);
  if (isReply(wireless)) return wireless;
  const all = [...state.rateCenters.values()];
  if (rateCenter !== undefined && !all.some((rc) => sameText(rc.abbr, rateCenter))) {
    // General 4XX rule's own example: "rate center not supported" (L13360).
    return invalid(`rate center not supported: ${rateCenter}`);
  }

  const byCity = (): RateCenter[] => all.filter((rc) => sameText(rc.city, city ?? '') && rc.province === province);
  const byPostal = (): RateCenter[] => all.filter((rc) => rc.postalCodes.includes(postalCode ?? '') && (province === undefined || rc.province === province));
  let allowed: RateCenter[] | undefined;
  let provinceApplies = true;
  if (local) {
    let base: RateCenter[];
    if (npaNxx) {
      // "In case of local, NPANXX takes priority if city or province or rateCenter specified."
      base = all.filter((rc) => rc.npaNxx.includes(npaNxx!));
      provinceApplies = false;
    } else if (rateCenter !== undefined) base = all.filter((rc) => sameText(rc.abbr, rateCenter));
    else if (city !== undefined) base = byCity();
    else base = byPostal();
    const groups = new Set(base.map((rc) => rc.localGroup));
    allowed = all.filter((rc) => groups.has(rc.localGroup));
  } else if (radius !== undefined) {
    const centres = city !== undefined ? byCity() : byPostal();
    allowed = all.filter((rc) => centres.some((c) => milesBetween(c, rc) <= radius));
    provinceApplies = false; // a radius may cross state lines
  } else if (rateCenter !== undefined) allowed = all.filter((rc) => sameText(rc.abbr, rateCenter));
  else if (city !== undefined) allowed = byCity();
  else if (postalCode !== undefined) allowed = byPostal();
  const allowedSet = allowed ? new Set(allowed.map((rc) => rc.abbr)) : undefined;
  const onNetOnlyFlag = readYN(body['searchOnNetOnly']);
  if (onNetOnlyFlag === undefined && present(body['searchOnNetOnly'])) return invalid('searchOnNetOnly must be Y or N'); // L839
  const onNetOnly = onNetOnlyFlag === 'Y';

  const filter = (r: NumberRecord): boolean => {
    if (r.state !== 'available') return false;
    const rc = state.rateCenters.get(r.rateCenter);
    if (!rc) return false;
    if (allowedSet && !allowedSet.has(rc.abbr)) return false;
    if (provinceApplies && province !== undefined && rc.province !== province) return false;
    if (lata !== undefined && rc.lata !== lata) return false;
    if (tier !== undefined && rc.tier !== tier) return false;
    if (onNetOnly && !r.onNet) return false;
    if (!wireless(r)) return false;
    return pattern(r.tn);
  };
  return quantity === undefined ? { filter, sequential } : { filter, sequential, quantity };
}

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

export const tnInventory: Handler = ({ state }, body) => {
  const page = paginate(state, 'tnInventory', body, () => {
    const spec = buildInventorySearch(state, body);
    if (isReply(spec)) return spec;
    const sort = readSort(body, INVENTORY_SORT);
    if (isReply(sort)) return sort;
    let matches = [...state.numbers.values()].filter(spec.filter);
    if (spec.sequential) {
      const run = new Set(sequentialRun(matches.map((r) => r.tn), Math.min(spec.quantity ?? MAX_SEQUENTIAL, MAX_SEQUENTIAL)));
      matches = matches.filter((r) => run.has(r.tn));
    }
    matches.sort(compareBy((r) => rateCenterSortKey(sort.property, state.rateCenters.get(r.rateCenter), r.tn), sort.direction, (r) => r.tn));
    if (spec.quantity !== undefined) matches = matches.slice(0, spec.quantity);
    return matches.map((r) => r.tn);
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return fail('430', 'No Results Found');
  const tnResult = page.keys.map((tn) => state.numbers.get(tn)).filter((r): r is NumberRecord => !!r).map((r) => inventoryItem(state, r));
  return ok({ tnResult, ...page.fields });
};

/**
 * /tnInventoryCoverage. Only the default NPA-NXX grouping's shape is documented (L1485); the other
 * groupings reuse its field names with just the fields that define the group (block adds `block`,
 * the seventh digit).
 */
export const tnInventoryCoverage: Handler = ({ state }, body) => {
  const countByRaw = readStr(body['countBy']) ?? 'npaNxx';
  const countBy = ({ state: 'state', ratecenter: 'rateCenter', npanxx: 'npaNxx', block: 'block' } as Record<string, string>)[countByRaw.toLowerCase()];
  if (!countBy) return invalid('countBy must be one of state, rateCenter, npaNxx, block');
  const wireless = wirelessFilter(state, body['wireless']);
  if (isReply(wireless)) return wireless;
  const rateCenter = readStr(body['rateCenter']);
  const province = readProvince(body['province']);
  if (isReply(province)) return province;
  const groups = new Map<string, Json & { count: number }>();
  for (const r of state.numbers.values()) {
    if (r.state !== 'available' || !wireless(r)) continue;
    const rc = state.rateCenters.get(r.rateCenter);
    if (!rc) continue;
    if (rateCenter !== undefined && !sameText(rc.abbr, rateCenter)) continue;
    if (province !== undefined && rc.province !== province) continue;
    const npa = r.tn.slice(0, 3);
    const nxx = r.tn.slice(3, 6);
    let key: string;
    let base: Json;
    switch (countBy) {
      case 'state': key = rc.province; base = { locState: rc.province }; break;
      case 'rateCenter': key = `${rc.province}|${rc.abbr}`; base = { lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province }; break;
      case 'block': key = r.tn.slice(0, 7); base = { npa, nxx, block: r.tn.slice(6, 7), lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province }; break;
      default: key = r.tn.slice(0, 6); base = { npa, nxx, lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province };
    }
    const g = groups.get(key) ?? { ...base, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  if (groups.size === 0) return fail('430', 'No Results Found');
  const tnInventoryCoverageList = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
  return ok({ tnInventoryCoverageList });
};

/**
 * /tnReserve. The maximum is not stated ("TNs (up to a maximum)"); the sandbox allows
 * account.maxReservedTns (default 100) reserved at once, counting existing reservations, and
 * answers 431 for the whole request when it would be exceeded (Example 2, L1195).
 * Unavailable TNs (not in inventory, assigned, already reserved) are excluded (Example 3).
 */
export const tnReserve: Handler = ({ state, now }, body) => {
  const items = readWrappedItems(body, 'tnReserve');
  if (isReply(items)) return items;
  const toReserve: NumberRecord[] = [];
  const excluded: Array<{ tn: string }> = [];
  const seen = new Set<string>();
  for (const item of items) {
    const tn = readTn(item['tn']);
    const rec = tn ? state.numbers.get(tn) : undefined;
    if (!tn || seen.has(tn) || !rec || rec.state !== 'available') excluded.push({ tn: tn ?? rawTn(item['tn']) });
    else toReserve.push(rec);
    if (tn) seen.add(tn);
  }
  if (state.reservedCount() + toReserve.length > state.account.maxReservedTns) {
    return fail('431', 'Request exceeds the maximum number of reserved TNs');
  }
  for (const rec of toReserve) state.reserve(rec, now + RESERVATION_MS);
  const tnReserveResponse: Json = { totalTnCount: items.length, reservedTnCount: toReserve.length };
  if (excluded.length > 0) tnReserveResponse['excludedTnList'] = excluded;
  return ok({ tnReserveResponse });
};

export const tnRelease: Handler = ({ state }, body) => {
  const items = readWrappedItems(body, 'tnRelease');
  if (isReply(items)) return items;
  let released = 0;
  const excluded: Array<{ tn: string }> = [];
  for (const item of items) {
    const tn = readTn(item['tn']);
    const rec = tn ? state.numbers.get(tn) : undefined;
    if (rec && rec.state === 'reserved') {
      rec.state = 'available';
      delete rec.reservedUntil;
      released++;
    } else excluded.push({ tn: tn ?? rawTn(item['tn']) });
  }
  const tnReleaseResponse: Json = { totalTnCount: items.length, releasedTnCount: released };
  if (excluded.length > 0) tnReleaseResponse['excludedTnList'] = excluded;
  return ok({ tnReleaseResponse });
};

/** Field names differ from /tnInventory on purpose (L1399): isWireless, allowPortOutPin, portoutNotification, tier "0". */
export const tnReservedList: Handler = ({ state }) => {
  const reserved = [...state.numbers.values()].filter((r) => r.state === 'reserved').sort((a, b) => a.tn.localeCompare(b.tn));
  if (reserved.length === 0) return fail('430', 'No Result Found');
  const reservedTns = reserved.map((r) => {
    const rc = state.rateCenters.get(r.rateCenter)!;
    return {
      telephoneNumber: r.tn,
      rateCenter: rc.abbr,
      rateCenterName: rc.name,
      lata: rc.lata,
      province: rc.province,
      city: rc.city,
      isWireless: yn(r.wireless),
      rateCenterTier: rc.tier,
      cnamAllowed: yn(r.caps.cnam),
      dlAllowed: yn(r.caps.dl),
      e911Allowed: yn(r.caps.e911),
      msgAllowed: yn(r.caps.msg),
      countryCode: '1',
      allowPortOutPin: yn(r.caps.portOutPin),
      portoutNotification: yn(r.caps.portOutNotification),
    };
  });
  return ok({ reservedTns });
};
