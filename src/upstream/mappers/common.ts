/**
 * Sub-shapes shared by several responses: pagination, end user, features,
 * capability flags.
 */
import type {
  CallerId,
  DirectoryListing,
  E911Address,
  EndUser,
  MessageClass,
  MessageType,
  MessagingFeature,
  NumberCapabilities,
  Page,
  TnFeatures,
} from '../model.js';
import { obj, str, toCount, typeOfServiceFromWire, ynToBool, type WireObject } from '../wire.js';

/** Copy the listed string fields that are present (numbers become strings, "" is dropped). */
function pickStrings<K extends string>(source: WireObject, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = str(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The keys of T that hold a plain string. */
type StringKeys<T> = { [K in keyof T]-?: string extends NonNullable<T[K]> ? K : never }[keyof T];

/**
 * Set the optional string fields whose wire value is present, for fields whose
 * wire name differs from the model's (same rules as pickStrings).
 */
export function assignStrings<T extends object>(target: T, fields: readonly (readonly [StringKeys<T>, unknown])[]): void {
  for (const [key, raw] of fields) {
    const value = str(raw);
    if (value !== undefined) (target as Record<StringKeys<T>, unknown>)[key] = value;
  }
}

function isEmpty(o: object): boolean {
  return Object.keys(o).length === 0;
}

/** Pagination fields (`page`, `totalPages`, `totalItems` as strings, `searchId`). */
export function pageFromWire<T>(body: WireObject, items: T[], requestedPage?: number): Page<T> {
  const page = toCount(body['page']) ?? requestedPage ?? 1;
  const totalItems = toCount(body['totalItems']) ?? items.length;
  const totalPages = toCount(body['totalPages']) ?? (totalItems > 0 ? 1 : 0);
  const searchId = str(body['searchId']);
  return searchId === undefined ? { items, page, totalPages, totalItems } : { items, page, totalPages, totalItems, searchId };
}

export function emptyPage<T>(requestedPage?: number): Page<T> {
  return { items: [], page: requestedPage ?? 1, totalPages: 0, totalItems: 0 };
}

const END_USER_FIELDS = [
  'name',
  'streetNum',
  'streetPreDir',
  'streetName',
  'streetType',
  'streetPostDir',
  'locationType1',
  'locationValue1',
  'locationType2',
  'locationValue2',
  'locationType3',
  'locationValue3',
  'city',
  'state',
  'postalCode',
] as const;

/** `endUser` ({} and absent → undefined; streetNum may be a number; typeOfService B/Business/R/Residence). */
export function endUserFromWire(value: unknown): EndUser | undefined {
  const source = obj(value);
  const endUser: EndUser = pickStrings(source, END_USER_FIELDS);
  const typeOfService = typeOfServiceFromWire(source['typeOfService']);
  if (typeOfService) endUser.typeOfService = typeOfService;
  return isEmpty(endUser) ? undefined : endUser;
}

const DL_FIELDS = [
  'lastName',
  'firstName',
  'streetNum',
  'streetPreDir',
  'streetName',
  'streetType',
  'streetPostDir',
  'location',
  'city',
  'state',
  'postalCode',
] as const;

const E911_FIELDS = [
  'name',
  'origStreetNum',
  'origStreetInfo',
  'origLocation',
  'origCity',
  'origState',
  'origPostalCode',
  'origPostalCodePlusFour',
] as const;

const MESSAGE_CLASSES: readonly MessageClass[] = ['P2P', 'A2PLC', 'A2P8XX'];
const MESSAGE_TYPES: readonly MessageType[] = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const s = str(value)?.toUpperCase();
  return allowed.find((a) => a === s);
}

/** `tnFeature` ({} members are dropped). */
export function featuresFromWire(value: unknown): TnFeatures {
  const source = obj(value);
  const features: TnFeatures = {};

  const callerIdWire = obj(source['callerId']);
  const callerId: CallerId = {};
  const callingName = str(callerIdWire['callingName']);
  if (callingName !== undefined) callerId.callingName = callingName;
  const cnamDip = ynToBool(callerIdWire['cnamDip']);
  if (cnamDip !== undefined) callerId.cnamDip = cnamDip;
  if (!isEmpty(callerId)) features.callerId = callerId;

  const directoryListing: DirectoryListing = pickStrings(obj(source['directoryListing']), DL_FIELDS);
  if (!isEmpty(directoryListing)) features.directoryListing = directoryListing;

  const e911: E911Address = pickStrings(obj(source['e911']), E911_FIELDS);
  if (!isEmpty(e911)) features.e911 = e911;

  const messagingWire = obj(source['messaging']);
  const messaging: MessagingFeature = {};
  // The operation tables put P2P/A2PLC/A2P8XX in messageClass (L1659); /orderUpdate (L10248) and
  // the Character Limits table swap the two names, so a value is read by what it is.
  const [classWire, typeWire] = [messagingWire['messageClass'], messagingWire['messageType']];
  const messageClass = oneOf(classWire, MESSAGE_CLASSES) ?? oneOf(typeWire, MESSAGE_CLASSES);
  if (messageClass) messaging.messageClass = messageClass;
  const messageType = oneOf(typeWire, MESSAGE_TYPES) ?? oneOf(classWire, MESSAGE_TYPES);
  if (messageType) messaging.messageType = messageType;
  const netNumberId = str(messagingWire['netNumberId']);
  if (netNumberId !== undefined) messaging.netNumberId = netNumberId;
  if (!isEmpty(messaging)) features.messaging = messaging;

  return features;
}

/**
 * Capability flags. /tnInventory and /tnReservedList name the same flags
 * differently (portOutPinSupported / allowPortOutPin,
 * portOutNotificationSupported / portoutNotification); both are accepted.
 */
export function capabilitiesFromWire(source: WireObject): NumberCapabilities {
  const flag = (...keys: string[]): boolean | undefined => {
    for (const key of keys) {
      const value = ynToBool(source[key]);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const capabilities: NumberCapabilities = {
    callingName: flag('cnamAllowed', 'allowCnam') ?? false,
    directoryListing: flag('dlAllowed', 'allowDl') ?? false,
    e911: flag('e911Allowed', 'allowE911') ?? false,
    messaging: flag('msgAllowed', 'allowMsg') ?? false,
    portOutPin: flag('portOutPinSupported', 'allowPortOutPin') ?? false,
    portOutNotification: flag('portOutNotificationSupported', 'portoutNotification', 'portOutNotification') ?? false,
  };
  const smsOverride = flag('smsOverrideAllowed');
  if (smsOverride !== undefined) capabilities.smsOverride = smsOverride;
  const mms = flag('mmsAllowed');
  if (mms !== undefined) capabilities.mms = mms;
  const mmsOverride = flag('mmsOverrideAllowed');
  if (mmsOverride !== undefined) capabilities.mmsOverride = mmsOverride;
  return capabilities;
}
