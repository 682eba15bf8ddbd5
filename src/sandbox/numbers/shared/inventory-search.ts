/** /tnInventory search rules (L809–L822) and the filters /tnInventoryCoverage shares with it. */
import { milesBetween } from '../../reference-data.js';
import type { SandboxState } from '../../store.js';
import type { NumberRecord, RateCenter } from '../../types.js';
import { compileMask, compileWildcard, maskNpaNxx, translateWildcard } from '../../wildcard.js';
import { fail, invalid, isReply, normaliseTier, readStr, readYN, required, type Json, type Reply } from '../../wire.js';

const INVENTORY_TIERS = ['0', '1', '2', 'AK', 'HI', 'CAN', 'PRI', 'WS-A', 'WS-B', 'WS-C'];
const MAX_RADIUS_MILES = 50;

const WIRELESS_NOT_ALLOWED = fail('414', 'Wireless not allowed for Customer');
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Wireless filter: explicit Y/N wins; unset = wireline only unless the account is wireless-enabled.
 * "If wireless is specified, the customer must be configured to allow ordering wireless TNs" (L822)
 * is read as wireless=Y: the 414 example sends "Y" (L1576), and asking for wireline (N) is what
 * every account may do.
 */
export function wirelessFilter(state: SandboxState, v: unknown): ((r: NumberRecord) => boolean) | Reply {
  const w = readYN(v);
  if (w === undefined && present(v)) return invalid('wireless must be Y or N'); // "Y or N" (L837, L1463)
  if (w === 'Y' && !state.account.wirelessEnabled) return WIRELESS_NOT_ALLOWED;
  if (w === 'Y') return (r) => r.wireless;
  if (w === 'N' || !state.account.wirelessEnabled) return (r) => !r.wireless;
  return () => true;
}

/** province: "Two-letter state or province abbreviation" (L831, L1464). */
export function readProvince(v: unknown): string | undefined | Reply {
  const province = readStr(v)?.toUpperCase();
  if (province !== undefined && !/^[A-Z]{2}$/.test(province))
    return invalid('province must be a two-letter state or province abbreviation');
  return province;
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** Builds the /tnInventory predicate from the search rules (L809–L822); returns a Reply on violation. */
export function buildInventorySearch(
  state: SandboxState,
  body: Json,
): { filter: (r: NumberRecord) => boolean; sequential: boolean; quantity?: number } | Reply {
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
  const byPostal = (): RateCenter[] =>
    all.filter((rc) => rc.postalCodes.includes(postalCode ?? '') && (province === undefined || rc.province === province));
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
