/** Wire blocks the toll-free operations share: the E911 block, the feature block and the `tnList` of toll-free numbers. */
import { tnStatusFromWire, type TnStatus } from '../shared/codes.js';
import { e911AddressFields, type MessageClass, type MessageType } from '../shared/features.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { record, text, timestamp, yn } from '../wire/schema.js';
import { boolToYn, tnAsNumber, type WireObject } from '../wire/values.js';

export type { TnStatus as TollFreeStatus };
export const tollFreeStatusFromWire = tnStatusFromWire;

export interface TollFreeE911 {
  name?: string;
  streetNumber?: string;
  streetInfo?: string;
  location?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  postalCodePlusFour?: string;
  /** e911ActivateDate, ISO-8601 UTC (read only). */
  activatedAt?: string;
  activatedBy?: string;
  statusLabel?: string;
}

export interface TollFreeFeatures {
  callerId?: { callingName?: string; cnamDip?: boolean };
  messaging?: { messageClass?: MessageClass; messageType?: MessageType; netNumberId?: string };
  e911?: TollFreeE911;
}

const MESSAGE_CLASSES = ['P2P', 'A2PLC', 'A2P8XX'] as const;
const MESSAGE_TYPES = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'] as const;
const oneOf = <T extends string>(v: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === v?.toUpperCase());

export const e911Fields = {
  ...e911AddressFields,
  e911ActivateDate: timestamp,
  e911ActivateUser: text,
  e911TnStatus: text,
};
export const e911Schema = record(e911Fields);

export function e911FromWire(w: {
  name?: string | undefined;
  origStreetNum?: string | undefined;
  origStreetInfo?: string | undefined;
  origLocation?: string | undefined;
  origCity?: string | undefined;
  origState?: string | undefined;
  origPostalCode?: string | undefined;
  origPostalCodePlusFour?: string | undefined;
  e911ActivateDate?: { instant?: string } | undefined;
  e911ActivateUser?: string | undefined;
  e911TnStatus?: string | undefined;
}): TollFreeE911 | undefined {
  const e = defined({
    name: w.name,
    streetNumber: w.origStreetNum,
    streetInfo: w.origStreetInfo,
    location: w.origLocation,
    city: w.origCity,
    state: w.origState,
    postalCode: w.origPostalCode,
    postalCodePlusFour: w.origPostalCodePlusFour,
    activatedAt: w.e911ActivateDate?.instant,
    activatedBy: w.e911ActivateUser,
    statusLabel: w.e911TnStatus,
  });
  return Object.keys(e).length > 0 ? e : undefined;
}

export const featureSchema = record({
  callerId: record({ callingName: text, cnamDip: yn }),
  messaging: record({ messageClass: text, messageType: text, netNumberId: text }),
  e911: e911Schema,
});

type FeatureWire = {
  callerId: { callingName?: string | undefined; cnamDip?: boolean | undefined };
  messaging: { messageClass?: string | undefined; messageType?: string | undefined; netNumberId?: string | undefined };
};

export function featuresFromWire(f: FeatureWire, e911: TollFreeE911 | undefined): TollFreeFeatures {
  const callerId = defined({ ...f.callerId });
  const { messageClass, messageType, netNumberId } = f.messaging;
  // The guide swaps the two descriptions (L8178); a value is read by what it is.
  const messaging = defined({
    messageClass: oneOf(messageClass, MESSAGE_CLASSES) ?? oneOf(messageType, MESSAGE_CLASSES),
    messageType: oneOf(messageType, MESSAGE_TYPES) ?? oneOf(messageClass, MESSAGE_TYPES),
    netNumberId,
  });
  return defined({
    callerId: Object.keys(callerId).length > 0 ? callerId : undefined,
    messaging: Object.keys(messaging).length > 0 ? messaging : undefined,
    e911,
  });
}

/** The E911 address as /tfOrder and /tfFeatureOrder take it. */
export function e911ToWire(e: TollFreeE911): WireObject {
  return compact({
    name: e.name,
    origStreetNum: e.streetNumber,
    origStreetInfo: e.streetInfo,
    origLocation: e.location,
    origCity: e.city,
    origState: e.state,
    origPostalCode: e.postalCode,
    origPostalCodePlusFour: e.postalCodePlusFour,
  });
}

/** A new feature set (/tfOrder): `e911` sits inside `tnFeature`, as the /tfOrder example shows. */
export function featuresToWire(f: TollFreeFeatures | undefined): WireObject | undefined {
  if (!f) return undefined;
  const out: WireObject = {};
  if (f.callerId) out['callerId'] = compact({ callingName: f.callerId.callingName, cnamDip: boolToYn(f.callerId.cnamDip) });
  if (f.messaging) out['messaging'] = compact({ ...f.messaging });
  if (f.e911) out['e911'] = e911ToWire(f.e911);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A toll-free number as the requests send it: a JSON number (every toll-free example). */
export const tfTn = (operation: string, tn: Tn): number => tnAsNumber(inputTn(operation, tn));
