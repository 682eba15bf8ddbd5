/**
 * TN feature requests (tnFeature in /tnOrder L1630–L1660 and /tnFeatureOrder L1970–L2010):
 * reading, validating and applying them to an assigned TN.
 */
import type { AssignedTn, StringMap } from './types.js';
import { isObject, stringFields, type Json } from './wire.js';

const FEATURE_KEYS = ['callerId', 'directoryListing', 'e911', 'messaging'] as const;
export const MESSAGE_CLASSES = ['P2P', 'A2PLC', 'A2P8XX'];
export const MESSAGE_TYPES = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'];
const TYPES_OF_SERVICE = ['B', 'BUSINESS', 'R', 'RESIDENCE'];
const E911_REQUIRED = ['name', 'origStreetNum', 'origStreetInfo', 'origCity', 'origState', 'origPostalCode'];

export type FeatureRequest = Record<string, StringMap>;

export function readFeatureRequest(v: unknown): FeatureRequest | undefined {
  if (!isObject(v)) return undefined;
  const out: FeatureRequest = {};
  for (const key of FEATURE_KEYS) if (isObject(v[key])) out[key] = stringFields(v[key]);
  // The table spells "origPostalCode PlusFour" with a space (L1648); accept it.
  const e911 = out['e911'];
  if (e911 && e911['origPostalCode PlusFour'] !== undefined && e911['origPostalCodePlusFour'] === undefined) {
    e911['origPostalCodePlusFour'] = e911['origPostalCode PlusFour'];
    delete e911['origPostalCode PlusFour'];
  }
  return out;
}

const removing = (m: StringMap | undefined) => m?.['removeTnFeature']?.toUpperCase() === 'Y';

/**
 * "An orderId will only be returned for tnOrder requests … containing callingName,
 * directoryListing, e911, or messaging" (L1736). cnamDip alone is a setting, not a feature.
 * The example above it answers orderId "null" although its first TN has messaging (L1676–L1730):
 * the text is followed, the example read as abridged.
 */
export function hasOrderFeatures(req: FeatureRequest | undefined): boolean {
  if (!req) return false;
  return Boolean(req['callerId']?.['callingName'] || req['directoryListing'] || req['e911'] || req['messaging']);
}

/**
 * The guide's "Character Limits" table (L13309–L13352), per block. Fields the table does not
 * list (locationType/Value, endUser.streetPostDir, tnNote, portOutPin …) have no limit here;
 * callerId.callingName (15) is checked with its letter rule in validateFeatures.
 */
const CHARACTER_LIMITS: Record<'endUser' | 'directoryListing' | 'e911' | 'messaging', Record<string, number>> = {
  endUser: { name: 32, streetNum: 10, streetPreDir: 2, streetName: 50, streetType: 10, city: 32, state: 2, postalCode: 10 },
  directoryListing: {
    lastName: 50,
    firstName: 50,
    streetNum: 10,
    streetPreDir: 2,
    streetName: 50,
    streetType: 10,
    streetPostDir: 2,
    location: 30,
    city: 35,
    state: 2,
    postalCode: 10,
  },
  e911: {
    name: 32,
    origStreetNum: 10,
    origStreetInfo: 48,
    origLocation: 60,
    origCity: 32,
    origState: 2,
    origPostalCode: 10,
    origPostalCodePlusFour: 4,
  },
  messaging: { netNumberId: 10 },
};
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** First character-limit or format violation in one block, as an exclusion reason. */
function limitViolation(block: keyof typeof CHARACTER_LIMITS, fields: StringMap): string | undefined {
  for (const [field, max] of Object.entries(CHARACTER_LIMITS[block])) {
    const v = fields[field];
    if (v !== undefined && v.length > max) return `Character limit is exceeded for:${block}.${field} (maximum ${max})`;
  }
  if (block === 'e911') {
    // "All printable ASCII characters are allowed" (L13339, L13342; L2006).
    for (const field of ['name', 'origLocation']) {
      const v = fields[field];
      if (v !== undefined && !PRINTABLE_ASCII.test(v))
        return `Invalid characters in e911.${field}; only printable ASCII characters are allowed`;
    }
    // "Alphanumeric, spaces allowed (Canada addresses)" (L13346).
    const zip = fields['origPostalCode'];
    if (zip !== undefined && !/^[A-Za-z0-9 ]*$/.test(zip))
      return 'Invalid e911.origPostalCode; only letters, digits and spaces are allowed';
  }
  return undefined;
}

/**
 * Returns an exclusion reason, or undefined when valid. `requireGroups`: /tnOrder requires the
 * E911 address fields and messageClass/messageType whenever e911/messaging is sent (L1665,
 * L1667); /tnFeatureOrder marks every one of them "No" (L1989–L2000) — a change may send only
 * what changes — so it checks values and limits but requires nothing.
 */
export function validateFeatures(req: FeatureRequest | undefined, endUser: Json | undefined, requireGroups = true): string | undefined {
  if (endUser) {
    const tos = endUser['typeOfService'];
    // L1628/L1968 accept B, Business, R and Residence; the limits table says 1 character, "B and R"
    // (L13321). Both readings are accepted: the one-letter codes are a subset of the four values.
    if (typeof tos === 'string' && tos !== '' && !TYPES_OF_SERVICE.includes(tos.toUpperCase())) {
      return 'Invalid typeOfService; acceptable values are B, Business, R and Residence';
    }
    const tooLong = limitViolation('endUser', stringFields(endUser));
    if (tooLong) return tooLong;
  }
  if (!req) return undefined;
  const callerId = req['callerId'];
  if (callerId) {
    const name = callerId['callingName'];
    // "must be 15 characters or fewer and should have at least 1 alpha character" (L1636)
    if (!removing(callerId) && name !== undefined && (name.length > 15 || !/[A-Za-z]/.test(name))) {
      return 'callingName must be 15 characters or fewer and have at least 1 alpha character';
    }
    // cnamDip is a setting applied even alongside removeTnFeature (see applyFeatures), so it is always checked.
    const dip = callerId['cnamDip'];
    if (dip !== undefined && dip !== 'Y' && dip !== 'N') return 'cnamDip must be Y or N';
  }
  const dl = req['directoryListing'];
  if (dl && !removing(dl)) {
    const tooLong = limitViolation('directoryListing', dl);
    if (tooLong) return tooLong;
  }
  const e911 = req['e911'];
  if (e911 && !removing(e911)) {
    // "***Required if tnFeature contains e911" (L1665)
    const missing = requireGroups ? E911_REQUIRED.filter((f) => !e911[f]) : [];
    if (missing.length > 0) return `Fields are Required: e911.${missing.join(', e911.')}`;
    const bad = limitViolation('e911', e911);
    if (bad) return bad;
  }
  const msg = req['messaging'];
  if (msg && !removing(msg)) {
    // "****Required if tnFeature contains messaging" (L1667)
    if (requireGroups && (!msg['messageClass'] || !msg['messageType']))
      return 'Fields are Required: messaging.messageClass, messaging.messageType';
    // The limits table swaps the two value lists (L13349–L13350); the operation tables (L1659–L1660) are followed.
    if (msg['messageClass'] !== undefined && !MESSAGE_CLASSES.includes(msg['messageClass']))
      return 'Invalid messageClass; acceptable values are P2P, A2PLC, and A2P8XX';
    if (msg['messageType'] !== undefined && !MESSAGE_TYPES.includes(msg['messageType']))
      return 'Invalid messageType; acceptable values are SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT and SMSMMS_ALT';
    const tooLong = limitViolation('messaging', msg);
    if (tooLong) return tooLong;
  }
  return undefined;
}

function withoutFlag(m: StringMap): StringMap {
  const { removeTnFeature: _drop, ...rest } = m;
  return rest;
}

/** Applies an end-user block and a feature request (adds, updates, removeTnFeature=Y removals). */
export function applyFeatures(a: AssignedTn, req: FeatureRequest | undefined, endUser: StringMap | undefined): void {
  if (endUser && Object.keys(endUser).length > 0) a.endUser = { ...(a.endUser ?? {}), ...endUser };
  if (!req) return;
  const callerId = req['callerId'];
  if (callerId) {
    // removeTnFeature on callerId removes the outbound LIDB storage (callingName), L1976.
    if (removing(callerId)) delete a.features.callerId.callingName;
    else if (callerId['callingName']) a.features.callerId.callingName = callerId['callingName'];
    if (callerId['cnamDip'] === 'Y' || callerId['cnamDip'] === 'N') a.features.callerId.cnamDip = callerId['cnamDip'];
  }
  for (const key of ['directoryListing', 'e911', 'messaging'] as const) {
    const m = req[key];
    if (!m) continue;
    if (removing(m)) delete a.features[key];
    else a.features[key] = { ...(a.features[key] ?? {}), ...withoutFlag(m) };
  }
  // "Type of service is automatically set to B if not sent and callingName or directoryListing are present" (L1627)
  if ((a.features.callerId.callingName || a.features.directoryListing) && (callerId?.['callingName'] || req['directoryListing'])) {
    if (!a.endUser) a.endUser = {};
    if (!a.endUser['typeOfService']) a.endUser['typeOfService'] = 'B';
  }
}
