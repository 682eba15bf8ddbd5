/**
 * `tnFeature`: caller ID (CNAM), directory listing, E911 address, messaging.
 * Read from /tnDetail and /orderDetail, sent by /tnOrder and /tnFeatureOrder.
 */
import { compact, defined } from '../wire/request.js';
import { record, text, yn } from '../wire/schema.js';
import { boolToYn, type WireObject } from '../wire/values.js';

export type MessageClass = 'P2P' | 'A2PLC' | 'A2P8XX';
export type MessageType = 'SMS' | 'MMS' | 'SMSMMS' | 'SMS_ALT' | 'MMS_ALT' | 'SMSMMS_ALT';

export interface CallerId {
  callingName?: string;
  cnamDip?: boolean;
}

export interface DirectoryListing {
  lastName?: string;
  firstName?: string;
  streetNum?: string;
  streetPreDir?: string;
  streetName?: string;
  streetType?: string;
  streetPostDir?: string;
  location?: string;
  city?: string;
  state?: string;
  postalCode?: string;
}

export interface E911Address {
  name?: string;
  origStreetNum?: string;
  origStreetInfo?: string;
  origLocation?: string;
  origCity?: string;
  origState?: string;
  origPostalCode?: string;
  origPostalCodePlusFour?: string;
}

export interface MessagingFeature {
  messageClass?: MessageClass;
  messageType?: MessageType;
  netNumberId?: string;
}

export interface TnFeatures {
  callerId?: CallerId;
  directoryListing?: DirectoryListing;
  e911?: E911Address;
  messaging?: MessagingFeature;
}

/** Which features a /tnFeatureOrder item removes. */
export interface FeatureRemoval {
  callerId?: boolean;
  directoryListing?: boolean;
  e911?: boolean;
  messaging?: boolean;
}

const MESSAGE_CLASSES: readonly MessageClass[] = ['P2P', 'A2PLC', 'A2P8XX'];
const MESSAGE_TYPES: readonly MessageType[] = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  const s = value?.toUpperCase();
  return allowed.find((a) => a === s);
}

const nonEmptyOrUndefined = <T extends object>(o: T): T | undefined => (Object.keys(o).length > 0 ? o : undefined);

const directoryListingFields = {
  lastName: text,
  firstName: text,
  streetNum: text,
  streetPreDir: text,
  streetName: text,
  streetType: text,
  streetPostDir: text,
  location: text,
  city: text,
  state: text,
  postalCode: text,
};

/** The E911 address members every feature answer spells the same way (orig* is the caller's location). */
export const e911AddressFields = {
  name: text,
  origStreetNum: text,
  origStreetInfo: text,
  origLocation: text,
  origCity: text,
  origState: text,
  origPostalCode: text,
  origPostalCodePlusFour: text,
};

/** `tnFeature` ({} members are dropped). */
export const featuresSchema = record({
  callerId: record({ callingName: text, cnamDip: yn }),
  directoryListing: record(directoryListingFields),
  e911: record(e911AddressFields),
  messaging: record({ messageClass: text, messageType: text, netNumberId: text }),
}).transform((wire): TnFeatures => {
  const { messageClass: classWire, messageType: typeWire, netNumberId } = wire.messaging;
  // The operation tables put P2P/A2PLC/A2P8XX in messageClass (L1659); /orderUpdate (L10248) and
  // the Character Limits table swap the two names, so a value is read by what it is.
  const messaging: MessagingFeature = defined({
    messageClass: oneOf(classWire, MESSAGE_CLASSES) ?? oneOf(typeWire, MESSAGE_CLASSES),
    messageType: oneOf(typeWire, MESSAGE_TYPES) ?? oneOf(classWire, MESSAGE_TYPES),
    netNumberId,
  });
  return defined({
    callerId: nonEmptyOrUndefined(defined({ ...wire.callerId })),
    directoryListing: nonEmptyOrUndefined(defined({ ...wire.directoryListing })),
    e911: nonEmptyOrUndefined(defined({ ...wire.e911 })),
    messaging: nonEmptyOrUndefined(messaging),
  });
});

function directoryListingToWire(dl: DirectoryListing): WireObject {
  return compact({
    lastName: dl.lastName,
    firstName: dl.firstName,
    streetNum: dl.streetNum,
    streetPreDir: dl.streetPreDir,
    streetName: dl.streetName,
    streetType: dl.streetType,
    streetPostDir: dl.streetPostDir,
    location: dl.location,
    city: dl.city,
    state: dl.state,
    postalCode: dl.postalCode,
  });
}

function e911ToWire(e: E911Address): WireObject {
  return compact({
    name: e.name,
    origStreetNum: e.origStreetNum,
    origStreetInfo: e.origStreetInfo,
    origLocation: e.origLocation,
    origCity: e.origCity,
    origState: e.origState,
    origPostalCode: e.origPostalCode,
    origPostalCodePlusFour: e.origPostalCodePlusFour,
  });
}

/**
 * `tnFeature` for /tnOrder (and the add/update half of /tnFeatureOrder). A
 * feature whose fields are all absent is left out: an empty `e911: {}` or
 * `messaging: {}` reads as "tnFeature contains e911/messaging" without the
 * fields that then become required (L1665, L1667).
 */
export function featuresToWire(features: TnFeatures | undefined): WireObject {
  const out: WireObject = {};
  if (!features) return out;
  const m = features.messaging;
  const members: [string, WireObject | undefined][] = [
    [
      'callerId',
      features.callerId && compact({ callingName: features.callerId.callingName, cnamDip: boolToYn(features.callerId.cnamDip) }),
    ],
    ['directoryListing', features.directoryListing && directoryListingToWire(features.directoryListing)],
    ['e911', features.e911 && e911ToWire(features.e911)],
    ['messaging', m && compact({ messageClass: m.messageClass, messageType: m.messageType, netNumberId: m.netNumberId })],
  ];
  for (const [name, value] of members) if (value && Object.keys(value).length > 0) out[name] = value;
  return out;
}
