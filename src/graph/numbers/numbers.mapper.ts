/**
 * The one mapping between the normalised upstream model and the numbers
 * domain's GraphQL types (both directions). Resolvers and other domains use
 * these functions; nothing else copies fields.
 */
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import type { InventoryNumber } from '../../upstream/numbers/tn-inventory.js';
import type { CoverageEntry } from '../../upstream/numbers/tn-inventory-coverage.js';
import type { ReservedNumber } from '../../upstream/numbers/tn-reserved-list.js';
import type { EndUser as EndUserModel } from '../../upstream/shared/end-user.js';
import type { E911Address as E911Model, TnFeatures } from '../../upstream/shared/features.js';
import { E911_CARRIER_NAMES, E911_FIELD_NAMES } from './e911-names.js';
import type { NumberCapabilities as CapabilitiesModel, RateCenterRef } from '../../upstream/shared/rate-center.js';
import { AvailableTelephoneNumber, InventoryCoverageEntry, NumberCapabilities, ReservedTelephoneNumber } from './inventory.type.js';
import { MessageClass, MessageType, TelephoneNumberStatus, TypeOfService, tierFromModel } from './numbers.enums.js';
import {
  CallerId,
  DirectoryListing,
  E911Address,
  EndUser,
  MessagingFeature,
  RateCenter,
  TelephoneNumber,
  TelephoneNumberFeatures,
} from './telephone-number.type.js';
import type { E911AddressInput, EndUserInput, FeaturesInput } from './numbers.input.js';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Copy the listed optional string fields, undefined → null. */
function copyStrings<K extends string>(target: Record<K, unknown>, source: Partial<Record<K, string>>, keys: readonly K[]): void {
  for (const k of keys) target[k] = orNull(source[k]);
}

export function toRateCenter(ref: RateCenterRef | undefined): RateCenter | null {
  if (!ref || !ref.rateCenter) return null;
  const rc = new RateCenter();
  rc.abbreviation = ref.rateCenter;
  rc.name = orNull(ref.rateCenterName);
  rc.lata = orNull(ref.lata);
  rc.state = orNull(ref.province);
  rc.tier = tierFromModel(ref.tier);
  return rc;
}

const END_USER_STRINGS = [
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

export function toEndUser(model: EndUserModel | undefined): EndUser | null {
  if (!model) return null;
  const out = new EndUser();
  copyStrings(out as unknown as Record<(typeof END_USER_STRINGS)[number], unknown>, model, END_USER_STRINGS);
  out.typeOfService = model.typeOfService ? (model.typeOfService as TypeOfService) : null;
  return out;
}

const DL_STRINGS = [
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

export function toFeatures(model: TnFeatures | undefined): TelephoneNumberFeatures {
  const out = new TelephoneNumberFeatures();
  const f = model ?? {};
  if (f.callerId) {
    const c = new CallerId();
    c.callingName = orNull(f.callerId.callingName);
    c.cnamDip = orNull(f.callerId.cnamDip);
    out.callerId = c;
  } else out.callerId = null;
  if (f.directoryListing) {
    const d = new DirectoryListing();
    copyStrings(d as unknown as Record<(typeof DL_STRINGS)[number], unknown>, f.directoryListing, DL_STRINGS);
    out.directoryListing = d;
  } else out.directoryListing = null;
  if (f.e911) {
    const e = new E911Address();
    e.name = orNull(f.e911.name);
    for (const field of E911_FIELD_NAMES) e[field] = orNull(f.e911[E911_CARRIER_NAMES[field]]);
    out.e911 = e;
  } else out.e911 = null;
  if (f.messaging) {
    const m = new MessagingFeature();
    m.messageClass = f.messaging.messageClass ? (f.messaging.messageClass as MessageClass) : null;
    m.messageType = f.messaging.messageType ? (f.messaging.messageType as MessageType) : null;
    m.netNumberId = orNull(f.messaging.netNumberId);
    out.messaging = m;
  } else out.messaging = null;
  return out;
}

export function toTelephoneNumber(record: TelephoneNumberRecord): TelephoneNumber {
  const tn = new TelephoneNumber();
  tn.tn = record.tn;
  tn.status = record.status as TelephoneNumberStatus;
  tn.trunkGroupName = record.trunkGroup || null;
  tn.rateCenter = toRateCenter(record);
  tn.endUser = toEndUser(record.endUser);
  tn.features = toFeatures(record.features);
  tn.countryCode = orNull(record.countryCode);
  tn.source = orNull(record.source);
  tn.activatedAt = orNull(record.activatedAt);
  tn.activatedBy = orNull(record.activatedBy);
  tn.wireless = orNull(record.wireless);
  tn.hasPortOutPin = Boolean(record.portOutPin);
  tn.note = orNull(record.note);
  return tn;
}

export function toCapabilities(model: CapabilitiesModel): NumberCapabilities {
  const c = new NumberCapabilities();
  c.callerId = model.callingName; // cnamAllowed; named after the callerId feature it allows
  c.directoryListing = model.directoryListing;
  c.e911 = model.e911;
  c.messaging = model.messaging;
  c.portOutPin = model.portOutPin;
  c.portOutNotification = model.portOutNotification;
  c.smsOverride = orNull(model.smsOverride);
  c.mms = orNull(model.mms);
  c.mmsOverride = orNull(model.mmsOverride);
  return c;
}

export function toAvailableNumber(model: InventoryNumber): AvailableTelephoneNumber {
  const n = new AvailableTelephoneNumber();
  n.tn = model.tn;
  n.rateCenter = toRateCenter(model);
  n.city = orNull(model.city);
  n.countryCode = orNull(model.countryCode);
  n.capabilities = toCapabilities(model.capabilities);
  return n;
}

export function toReservedNumber(model: ReservedNumber): ReservedTelephoneNumber {
  const n = new ReservedTelephoneNumber();
  n.tn = model.tn;
  n.rateCenter = toRateCenter(model);
  n.city = orNull(model.city);
  n.wireless = orNull(model.wireless);
  n.countryCode = orNull(model.countryCode);
  n.capabilities = toCapabilities(model.capabilities);
  return n;
}

export function toCoverageEntry(model: CoverageEntry): InventoryCoverageEntry {
  const e = new InventoryCoverageEntry();
  e.npa = orNull(model.npa);
  e.nxx = orNull(model.nxx);
  e.block = orNull(model.block);
  e.lata = orNull(model.lata);
  e.rateCenter = orNull(model.rateCenter);
  e.state = orNull(model.province);
  e.count = model.count;
  return e;
}

// ---------------------------------------------------------------------------
// Inputs → model (after validation)

/** Drop null/undefined so the upstream client never sends empty keys. */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function endUserToModel(input: EndUserInput | null | undefined): EndUserModel | undefined {
  if (!input) return undefined;
  return compact({ ...input }) as EndUserModel;
}

export function featuresToModel(input: FeaturesInput | null | undefined): TnFeatures | undefined {
  if (!input) return undefined;
  const out: TnFeatures = {};
  if (input.callerId) out.callerId = compact({ ...input.callerId }) as TnFeatures['callerId'];
  if (input.directoryListing) out.directoryListing = compact({ ...input.directoryListing }) as TnFeatures['directoryListing'];
  if (input.e911) out.e911 = e911ToModel(input.e911);
  if (input.messaging) out.messaging = compact({ ...input.messaging }) as TnFeatures['messaging'];
  return out;
}

/** The input's names → the carrier's `orig*` names (a deprecated `orig*` input field is used when its new name is not given). */
function e911ToModel(input: E911AddressInput): E911Model {
  const out: Record<string, unknown> = { name: input.name };
  for (const field of E911_FIELD_NAMES) out[E911_CARRIER_NAMES[field]] = input[field] ?? input[E911_CARRIER_NAMES[field]];
  return compact(out) as E911Model;
}
