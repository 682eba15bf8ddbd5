/**
 * Validation of the numbers domain's inputs, from the guide:
 * - /tnInventory search rules (services-api-guide.txt L809–822);
 * - the "Character Limits" table (~L13300–13350) for end user, caller ID,
 *   directory listing, E911 and messaging, declared on the input fields
 *   (numbers.input.ts) and checked here with checkLimits;
 * - /tnOrder's required groups (e911 and messaging, marked *** / ****);
 * - the limits the guide leaves out (note, trunk group name, order reference,
 *   numbers per request), from the Swagger or chosen: numbers.limits.ts.
 */
import { fieldPath } from '../common/errors.js';
import { checkLimit, checkLimits } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import { checkLata, checkProvince, checkTnMask, Issues, TN_WILDCARD, type Path } from '../common/validation.js';
import { resolveRenamed } from '../common/renames.js';
import { DETAIL_FILTER_TIERS } from './numbers.enums.js';
import { E911_CARRIER_NAMES, E911_FIELD_NAMES } from './e911-names.js';
import { INVENTORY_QUANTITY_MAX, SEQUENTIAL_QUANTITY_MAX, TN_NOTE, TRUNK_GROUP_NAME } from './numbers.limits.js';
import {
  CallerIdInput,
  DirectoryListingInput,
  E911AddressInput,
  EndUserInput,
  MessagingInput,
  type FeatureRemovalInput,
  type FeaturesInput,
} from './numbers.input.js';
import { AvailableTelephoneNumberSearchInput, TelephoneNumberFilter } from './numbers.search.input.js';

const LETTER = /[A-Za-z]/;

/**
 * A list of numbers for one request: at least one, at most `max` (the
 * operation's limit, numbers.limits.ts), no TN twice. Duplicates are only
 * looked for in a list of acceptable size.
 */
export function checkNumberList<T>(
  issues: Issues,
  path: Path,
  items: readonly T[] | null | undefined,
  max: number,
  tnOf: (item: T) => string,
  itemTnPath: (index: number) => Path,
): void {
  if (!issues.nonEmpty(path, items, 'telephone number')) return;
  if (items!.length > max) {
    issues.add(path, UserErrorCode.TOO_LONG, `At most ${max} telephone numbers per request (got ${items!.length}); split the request.`);
    return;
  }
  issues.noDuplicates(items!, tnOf, itemTnPath, 'Telephone number');
}

/** The note stored on a number (`tnNote`), wherever it is set. */
export function checkTnNote(issues: Issues, path: Path, note: string | null | undefined, required: boolean): void {
  if (required && !issues.required(path, note, 'note')) return;
  checkLimit(issues, path, note, TN_NOTE);
}

/** A trunk group name the number should route to. */
export function checkTrunkGroupName(issues: Issues, path: Path, name: string | null | undefined, required: boolean): void {
  if (required && !issues.required(path, name, 'trunkGroupName')) return;
  checkLimit(issues, path, name, TRUNK_GROUP_NAME);
}

export function checkEndUser(issues: Issues, path: Path, u: EndUserInput | null | undefined): void {
  checkLimits(issues, path, u, EndUserInput);
}

export function checkCallerId(issues: Issues, path: Path, c: CallerIdInput | null | undefined): void {
  if (!c) return;
  checkLimits(issues, path, c, CallerIdInput);
  const name = c.callingName;
  if (name !== undefined && name !== null) {
    if (name.trim() !== '' && !LETTER.test(name)) {
      issues.add(
        [...path, 'callingName'],
        UserErrorCode.INVALID,
        `${fieldPath([...path, 'callingName'])} must contain at least one letter.`,
      );
    }
  }
}

export function checkDirectoryListing(issues: Issues, path: Path, d: DirectoryListingInput | null | undefined): void {
  checkLimits(issues, path, d, DirectoryListingInput);
}

const E911_REQUIRED_ON_ORDER = ['name', 'streetNumber', 'street', 'city', 'state', 'postalCode'] as const;

/**
 * The deprecated `orig*` names of an E911 input: each value moves to its new
 * name (so every rule and error path below speaks the new names); giving
 * both names is a CONFLICT at the old one.
 */
export function resolveE911Names(issues: Issues | null, path: Path, e: E911AddressInput | null | undefined): void {
  if (!e) return;
  for (const field of E911_FIELD_NAMES) {
    const old = E911_CARRIER_NAMES[field];
    if (e[old] === undefined || e[old] === null) continue;
    if (e[field] !== undefined && e[field] !== null) {
      issues?.add([...path, old], UserErrorCode.CONFLICT, `Give ${field} once: ${old} is its former name.`);
      continue;
    }
    e[field] = e[old];
    e[old] = undefined;
  }
}

export function checkE911(issues: Issues, path: Path, e: E911AddressInput | null | undefined, requireAddress: boolean): void {
  if (!e) return;
  resolveE911Names(issues, path, e);
  if (requireAddress) {
    for (const key of E911_REQUIRED_ON_ORDER) issues.required([...path, key], e[key], 'An E911 address field');
  }
  checkLimits(issues, path, e, E911AddressInput);
}

export function checkMessaging(issues: Issues, path: Path, m: MessagingInput | null | undefined, requireClassAndType: boolean): void {
  if (!m) return;
  if (requireClassAndType) {
    issues.required([...path, 'messageClass'], m.messageClass, 'messageClass');
    issues.required([...path, 'messageType'], m.messageType, 'messageType');
  }
  checkLimits(issues, path, m, MessagingInput);
}

const MESSAGING_REQUIRED_ON_ORDER = ['messageClass', 'messageType'] as const;

/** Whether a feature change leaves out fields /tnOrder requires for that feature, i.e. only makes sense on top of an existing one. */
export function isPartialFeatureGroup(features: FeaturesInput | null | undefined): { e911: boolean; messaging: boolean } {
  resolveE911Names(null, [], features?.e911);
  const missing = <K extends string>(group: Partial<Record<K, unknown>> | null | undefined, keys: readonly K[]) =>
    Boolean(group) && keys.some((k) => group![k] === undefined || group![k] === null || group![k] === '');
  return { e911: missing(features?.e911, E911_REQUIRED_ON_ORDER), messaging: missing(features?.messaging, MESSAGING_REQUIRED_ON_ORDER) };
}

/**
 * /tnFeatureOrder marks every E911 and messaging field optional (L1989–L2000):
 * a change may send only what changes. Adding the feature to a number that
 * does not have it is no change, though: it needs what /tnOrder requires, or
 * the number ends up with an E911 record without an address (life safety) or
 * messaging without class and type. `current` is the number as it is now.
 */
export function checkNewFeatureGroups(
  issues: Issues,
  path: Path,
  features: FeaturesInput | null | undefined,
  current: { e911?: unknown; messaging?: unknown } | undefined,
): void {
  if (!features || !current) return;
  const partial = isPartialFeatureGroup(features);
  if (partial.e911 && !current.e911) {
    for (const key of E911_REQUIRED_ON_ORDER) {
      issues.required(
        [...path, 'e911', key],
        features.e911![key],
        'The number has no E911 yet: adding it needs the whole address, and this field',
      );
    }
  }
  if (partial.messaging && !current.messaging) {
    for (const key of MESSAGING_REQUIRED_ON_ORDER) {
      issues.required(
        [...path, 'messaging', key],
        features.messaging![key],
        'The number has no messaging yet: adding it needs messageClass and messageType, and this field',
      );
    }
  }
}

/** `forNewOrder`: /tnOrder requires the E911 address group and messaging class+type when those features are sent. */
export function checkFeatures(issues: Issues, path: Path, f: FeaturesInput | null | undefined, forNewOrder: boolean): void {
  if (!f) return;
  checkCallerId(issues, [...path, 'callerId'], f.callerId);
  checkDirectoryListing(issues, [...path, 'directoryListing'], f.directoryListing);
  checkE911(issues, [...path, 'e911'], f.e911, forNewOrder);
  checkMessaging(issues, [...path, 'messaging'], f.messaging, forNewOrder);
}

/** A feature cannot be both set and removed in one change; a change must change something. */
export function checkFeatureChange(
  issues: Issues,
  path: Path,
  change: { endUser?: EndUserInput | null; features?: FeaturesInput | null; remove?: FeatureRemovalInput | null },
): void {
  const set = change.features ?? {};
  const remove = change.remove ?? {};
  const anySet = Boolean(set.callerId || set.directoryListing || set.e911 || set.messaging);
  const anyRemove = Boolean(remove.callerId || remove.directoryListing || remove.e911 || remove.messaging);
  if (!anySet && !anyRemove && !change.endUser) {
    issues.add(path, UserErrorCode.REQUIRED, `${fieldPath(path)} changes nothing: give features, remove or endUser.`);
  }
  for (const key of ['callerId', 'directoryListing', 'e911', 'messaging'] as const) {
    if (set[key] && remove[key]) {
      issues.add([...path, 'remove', key], UserErrorCode.CONFLICT, `${key} cannot be both set and removed for the same number.`);
    }
  }
  checkEndUser(issues, [...path, 'endUser'], change.endUser);
  checkFeatures(issues, [...path, 'features'], change.features, false);
}

export function checkTelephoneNumberFilter(issues: Issues, path: Path, f: TelephoneNumberFilter | null | undefined): void {
  if (!f) return;
  resolveRenamed(issues, path, f, 'state', 'province');
  checkTnMask(issues, [...path, 'tnMask'], f.tnMask);
  checkAreaCodeAndExchange(issues, path, f);
  checkLata(issues, [...path, 'lata'], f.lata);
  checkProvince(issues, [...path, 'state'], f.state);
  checkLimits(issues, path, f, TelephoneNumberFilter, ['trunkGroupName', 'rateCenter']);
  if (f.rateCenterTier && !DETAIL_FILTER_TIERS.has(f.rateCenterTier)) {
    issues.add(
      [...path, 'rateCenterTier'],
      UserErrorCode.INVALID,
      'Assigned numbers can be filtered by tier TIER_0, TIER_2, HI, AK, PRI or CAN only.',
    );
  }
  checkLimits(issues, path, f, TelephoneNumberFilter, ['noteContains', 'callingNameContains', 'directoryListingContains', 'e911Contains']);
}

/** The /tnInventory search rules (guide L809–822), one issue per broken rule. */
export function checkAvailableTelephoneNumberSearch(issues: Issues, path: Path, s: AvailableTelephoneNumberSearchInput): void {
  resolveRenamed(issues, path, s, 'state', 'province');
  const at = (k: string): Path => [...path, k];
  const has = (v: unknown) => v !== undefined && v !== null && v !== '';

  if (has(s.tnMask) && has(s.tnWildcard)) {
    // The carrier would silently prefer the mask; say so instead.
    issues.add(at('tnWildcard'), UserErrorCode.CONFLICT, 'Give either tnMask or tnWildcard, not both.');
  }
  checkTnMask(issues, at('tnMask'), s.tnMask);
  issues.pattern(
    at('tnWildcard'),
    s.tnWildcard,
    TN_WILDCARD,
    `${fieldPath(at('tnWildcard'))} may contain 0-9, letters, * and ? only, e.g. "312?Hi*7".`,
  );
  checkAreaCodeAndExchange(issues, path, s);
  checkLata(issues, at('lata'), s.lata);
  checkProvince(issues, at('state'), s.state);
  checkLimits(issues, path, s, AvailableTelephoneNumberSearchInput);

  const locators = (['rateCenter', 'city', 'postalCode'] as const).filter((k) => has(s[k]));
  if (locators.length > 1) {
    issues.add(
      at(locators[1]!),
      UserErrorCode.CONFLICT,
      `rateCenter, city and postalCode are mutually exclusive (got ${locators.join(' and ')}).`,
    );
  }
  if (has(s.city) && !has(s.state)) {
    issues.add(at('state'), UserErrorCode.REQUIRED, 'state is required when searching by city.');
  }
  if (has(s.radius)) {
    issues.intRange(at('radius'), s.radius, 1, 50);
    if (!((has(s.city) && has(s.state)) || has(s.postalCode))) {
      issues.add(at('radius'), UserErrorCode.CONFLICT, 'radius is only valid with city and state, or with postalCode.');
    }
  }
  const modes = [has(s.radius) && 'radius', s.localCallingArea && 'localCallingArea', s.sequential && 'sequential'].filter(Boolean);
  if (modes.length > 1) {
    issues.add(
      at(String(modes[1])),
      UserErrorCode.CONFLICT,
      `radius, localCallingArea and sequential are mutually exclusive (got ${modes.join(' and ')}).`,
    );
  }
  if (s.localCallingArea) {
    // In a mask x/X/space are wildcards; in a wildcard pattern letters are keypad digits.
    const npaNxxGiven = s.tnMask ? /^\d{6}/.test(s.tnMask) : /^[0-9A-Za-z]{6}/.test(s.tnWildcard ?? '');
    const ok = npaNxxGiven || has(s.rateCenter) || (has(s.city) && has(s.state)) || has(s.postalCode);
    if (!ok) {
      issues.add(
        at('localCallingArea'),
        UserErrorCode.REQUIRED,
        'localCallingArea needs an NPA-NXX (areaCode and exchange, or the first six digits of tnMask/tnWildcard), a rateCenter, city and state, or a postalCode.',
      );
    }
  }
  if (has(s.quantity)) issues.intRange(at('quantity'), s.quantity, 1, s.sequential ? SEQUENTIAL_QUANTITY_MAX : INVENTORY_QUANTITY_MAX);
}

const AREA_CODE = /^[2-9]\d{2}$/;

/**
 * `areaCode` and `exchange` narrow a search without the mask syntax; they
 * become the first six characters of the carrier's tnMask, so they cannot
 * be combined with a tnMask or tnWildcard of the caller's own.
 */
export function checkAreaCodeAndExchange(
  issues: Issues,
  path: Path,
  s: { areaCode?: string | null; exchange?: string | null; tnMask?: string | null; tnWildcard?: string | null },
): void {
  const at = (k: string): Path => [...path, k];
  issues.pattern(at('areaCode'), s.areaCode, AREA_CODE, `An area code is three digits, the first 2-9, e.g. "312" (got "${s.areaCode}").`);
  issues.pattern(at('exchange'), s.exchange, AREA_CODE, `An exchange is three digits, the first 2-9, e.g. "555" (got "${s.exchange}").`);
  const own = s.tnMask ? 'tnMask' : s.tnWildcard ? 'tnWildcard' : undefined;
  const ours = s.areaCode ? 'areaCode' : s.exchange ? 'exchange' : undefined;
  if (own && ours) issues.add(at(ours), UserErrorCode.CONFLICT, `Give ${ours} or ${own}, not both: ${ours} is a shorthand for ${own}.`);
}

/** areaCode/exchange → the carrier's ten-character mask ("312555xxxx"); undefined when neither is given. */
export function maskOf(s: { areaCode?: string | null; exchange?: string | null }): string | undefined {
  if (!s.areaCode && !s.exchange) return undefined;
  return `${s.areaCode ?? 'xxx'}${s.exchange ?? 'xxx'}xxxx`;
}
