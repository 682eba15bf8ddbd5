/** One /tnDetail tnSearchItem (L1795–L1827): its accepted fields and its compiled predicate. */
import { MESSAGE_CLASSES, MESSAGE_TYPES } from '../../features.js';
import { ANY } from '../../request-shape.js';
import type { SandboxState } from '../../store.js';
import type { AssignedTn, StringMap } from '../../types.js';
import { compileMask } from '../../wildcard.js';
import { normaliseTier, readStr, readYN, type Json } from '../../wire.js';

/**
 * The table spells four fields with a space ("callingName Contains", "directoryListing Contains",
 * "activateStartDate Range", "activateEndDate Range") and the example without: both are accepted.
 */
export const TN_SEARCH_ITEM = {
  tnMask: ANY,
  tnStatus: ANY,
  trunkGroupName: ANY,
  lata: ANY,
  rateCenter: ANY,
  province: ANY,
  rateCenterTier: ANY,
  portOutPin: ANY,
  tnNote: ANY,
  cnamDip: ANY,
  callingNameContains: ANY,
  'callingName Contains': ANY,
  callingName: ANY,
  directoryListingContains: ANY,
  'directoryListing Contains': ANY,
  directoryListing: ANY,
  e911Contains: ANY,
  e911: ANY,
  messageClass: ANY,
  messageType: ANY,
  messaging: ANY,
  activateStartDateRange: ANY,
  'activateStartDate Range': ANY,
  activateEndDateRange: ANY,
  'activateEndDate Range': ANY,
  activateUser: ANY,
  wireless: ANY,
} as const;

/**
 * /tnDetail lists tiers "0, 2, HI, AK, PRI, and CAN" (L1808); /tnInventory adds 1 and WS-A/B/C
 * (L830). Tier 1 numbers are assigned too, so the two lists are read as one: the union is accepted.
 */
const DETAIL_TIERS = ['0', '1', '2', 'AK', 'HI', 'CAN', 'PRI', 'WS-A', 'WS-B', 'WS-C'];
const STATUS_CODES: Record<string, AssignedTn['status']> = { INSVC: 'In Service', PNDNG: 'Pending', PDISC: 'Pending Disconnect' };

const contains = (hay: string | undefined, needle: string) => hay !== undefined && hay.toLowerCase().includes(needle.toLowerCase());
const anyContains = (m: StringMap | undefined, needle: string) => !!m && Object.values(m).some((v) => contains(v, needle));
const present = (m: StringMap | undefined) => !!m && Object.keys(m).length > 0;
export const MASK_MISSING = Symbol('tnMask missing');

/**
 * One tnSearchItem → predicate, or the reason it is invalid (a missing tnMask is answered by the
 * caller as 414). Field names in the table contain PDF spaces ("callingName Contains",
 * "activateStartDate Range"); keys are read with spaces removed.
 */
export function compileSearchItem(state: SandboxState, rawItem: Json): ((a: AssignedTn) => boolean) | string | typeof MASK_MISSING {
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
  for (const [k, cmp] of [
    ['activateStartDateRange', 1],
    ['activateEndDateRange', -1],
  ] as const) {
    const v = s(k);
    if (v === undefined) continue;
    const t = Date.parse(v);
    if (Number.isNaN(t)) return `${k} must be a date like 2017-03-29T14:00:46.000Z`;
    checks.push((a) => (cmp === 1 ? a.activateDate >= t : a.activateDate <= t));
  }
  return (a) => checks.every((c) => c(a));
}
