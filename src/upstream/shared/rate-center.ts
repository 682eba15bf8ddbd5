/**
 * What /tnInventory, /tnReservedList and /tnDetail say about a number's rate
 * center and what may be provisioned on it. The operations name the same
 * things differently (rcAbbre, locName, locState; portOutPinSupported /
 * allowPortOutPin); every spelling is read.
 */
import { lenient, text, yn } from '../wire/schema.js';
import { normalizeTier } from './codes.js';

export interface RateCenterRef {
  /** Abbreviation, e.g. WSHNGTNZN1. */
  rateCenter: string;
  rateCenterName?: string;
  lata?: string;
  province?: string;
  /** Normalised to the request form: "Tier 0" → "0". */
  tier?: string;
}

/** What may be provisioned on a number, from the inventory/reserved flags. */
export interface NumberCapabilities {
  callingName: boolean; // cnamAllowed
  directoryListing: boolean; // dlAllowed
  e911: boolean; // e911Allowed
  messaging: boolean; // msgAllowed
  portOutPin: boolean; // portOutPinSupported / allowPortOutPin
  portOutNotification: boolean; // portOutNotificationSupported / portoutNotification
  smsOverride?: boolean;
  mms?: boolean;
  mmsOverride?: boolean;
}

export const rateCenterFields = {
  rateCenter: text,
  rcAbbre: text,
  rateCenterName: text,
  locName: text,
  lata: text,
  province: text,
  locState: text,
  rateCenterTier: lenient(normalizeTier),
};

type Wire<F> = { [K in keyof F]?: string | undefined };

/** rateCenter, rateCenterName (or locName), lata, province, tier ("Tier 0" → "0"). */
export function rateCenterFromWire(w: Wire<typeof rateCenterFields>): RateCenterRef {
  const ref: RateCenterRef = { rateCenter: w.rateCenter ?? w.rcAbbre ?? '' };
  const rateCenterName = w.rateCenterName ?? w.locName;
  if (rateCenterName !== undefined) ref.rateCenterName = rateCenterName;
  if (w.lata !== undefined) ref.lata = w.lata;
  const province = w.province ?? w.locState;
  if (province !== undefined) ref.province = province;
  if (w.rateCenterTier !== undefined) ref.tier = w.rateCenterTier;
  return ref;
}

export const capabilityFields = {
  cnamAllowed: yn,
  allowCnam: yn,
  dlAllowed: yn,
  allowDl: yn,
  e911Allowed: yn,
  allowE911: yn,
  msgAllowed: yn,
  allowMsg: yn,
  portOutPinSupported: yn,
  allowPortOutPin: yn,
  portOutNotificationSupported: yn,
  portoutNotification: yn,
  portOutNotification: yn,
  smsOverrideAllowed: yn,
  mmsAllowed: yn,
  mmsOverrideAllowed: yn,
};

export function capabilitiesFromWire(w: { [K in keyof typeof capabilityFields]?: boolean | undefined }): NumberCapabilities {
  const capabilities: NumberCapabilities = {
    callingName: w.cnamAllowed ?? w.allowCnam ?? false,
    directoryListing: w.dlAllowed ?? w.allowDl ?? false,
    e911: w.e911Allowed ?? w.allowE911 ?? false,
    messaging: w.msgAllowed ?? w.allowMsg ?? false,
    portOutPin: w.portOutPinSupported ?? w.allowPortOutPin ?? false,
    portOutNotification: w.portOutNotificationSupported ?? w.portoutNotification ?? w.portOutNotification ?? false,
  };
  if (w.smsOverrideAllowed !== undefined) capabilities.smsOverride = w.smsOverrideAllowed;
  if (w.mmsAllowed !== undefined) capabilities.mms = w.mmsAllowed;
  if (w.mmsOverrideAllowed !== undefined) capabilities.mmsOverride = w.mmsOverrideAllowed;
  return capabilities;
}
