/**
 * Enums of the numbers domain. Internal values are the normalised model's
 * values (src/upstream/shared/codes.ts), so mapping is a lookup, never a parse.
 * Value sets come from the guide: /tnDetail (statuses, tiers, messaging),
 * /tnOrder (typeOfService), /tnInventory (tiers, sort), /tnInventoryCoverage.
 */
import { registerEnumType } from 'type-graphql';

export enum TelephoneNumberStatus {
  IN_SERVICE = 'IN_SERVICE',
  PENDING = 'PENDING',
  PENDING_DISCONNECT = 'PENDING_DISCONNECT',
}
registerEnumType(TelephoneNumberStatus, {
  name: 'TelephoneNumberStatus',
  description: 'Status of an assigned number.',
  valuesConfig: {
    IN_SERVICE: { description: 'In Service (INSVC).' },
    PENDING: { description: 'Pending, e.g. on an open order (PNDNG).' },
    PENDING_DISCONNECT: { description: 'Pending Disconnect (PDISC).' },
  },
});

export enum MessageClass {
  P2P = 'P2P',
  A2PLC = 'A2PLC',
  A2P8XX = 'A2P8XX',
}
registerEnumType(MessageClass, {
  name: 'MessageClass',
  description: 'Messaging class: person-to-person, application-to-person long code, or A2P toll free.',
  valuesConfig: {
    P2P: { description: 'Person to person.' },
    A2PLC: { description: 'Application to person over a long code (10DLC).' },
    A2P8XX: { description: 'Application to person over a toll-free number.' },
  },
});

export enum MessageType {
  SMS = 'SMS',
  MMS = 'MMS',
  SMSMMS = 'SMSMMS',
  SMS_ALT = 'SMS_ALT',
  MMS_ALT = 'MMS_ALT',
  SMSMMS_ALT = 'SMSMMS_ALT',
}
registerEnumType(MessageType, {
  name: 'MessageType',
  description:
    'Messaging type enabled on a number. The _ALT values are variants the carrier lists without defining them: prefer SMS, MMS or SMSMMS.',
  valuesConfig: {
    SMS: { description: 'Text messages (SMS) only.' },
    MMS: { description: 'Multimedia messages (MMS) only.' },
    SMSMMS: { description: 'Both text (SMS) and multimedia (MMS) messages.' },
    SMS_ALT: { description: "SMS only, the carrier's _ALT variant." },
    MMS_ALT: { description: "MMS only, the carrier's _ALT variant." },
    SMSMMS_ALT: { description: "SMS and MMS, the carrier's _ALT variant." },
  },
});

export enum TypeOfService {
  BUSINESS = 'BUSINESS',
  RESIDENCE = 'RESIDENCE',
}
registerEnumType(TypeOfService, {
  name: 'TypeOfService',
  description: 'Business or residence service. The carrier sets BUSINESS when a calling name or directory listing is sent without it.',
  valuesConfig: {
    BUSINESS: { description: 'Business service.' },
    RESIDENCE: { description: 'Residence service.' },
  },
});

/** GraphQL names cannot start with a digit or contain "-"; internal values are the carrier's codes. */
export enum RateCenterTier {
  TIER_0 = '0',
  TIER_1 = '1',
  TIER_2 = '2',
  AK = 'AK',
  HI = 'HI',
  CAN = 'CAN',
  PRI = 'PRI',
  WS_A = 'WS-A',
  WS_B = 'WS-B',
  WS_C = 'WS-C',
}
registerEnumType(RateCenterTier, {
  name: 'RateCenterTier',
  description: 'Rate center tier. ' + 'The telephoneNumbers filter accepts only TIER_0, TIER_2, HI, AK, PRI and CAN.',
  valuesConfig: {
    TIER_0: { description: 'Tier 0.' },
    TIER_1: { description: 'Tier 1.' },
    TIER_2: { description: 'Tier 2.' },
    AK: { description: 'Alaska.' },
    HI: { description: 'Hawaii.' },
    CAN: { description: 'Canada.' },
    PRI: { description: 'Puerto Rico.' },
    WS_A: { description: 'Wireless tier A.' },
    WS_B: { description: 'Wireless tier B.' },
    WS_C: { description: 'Wireless tier C.' },
  },
});

/** Tiers /tnDetail accepts as a filter (its enum differs from /tnInventory's). */
export const DETAIL_FILTER_TIERS: ReadonlySet<RateCenterTier> = new Set([
  RateCenterTier.TIER_0,
  RateCenterTier.TIER_2,
  RateCenterTier.HI,
  RateCenterTier.AK,
  RateCenterTier.PRI,
  RateCenterTier.CAN,
]);

const TIER_BY_CODE = new Map<string, RateCenterTier>(Object.values(RateCenterTier).map((v) => [v, v]));
/** Model tier ("0", "WS-A" …) → enum, or null for a value the guide does not list. */
export function tierFromModel(tier: string | undefined): RateCenterTier | null {
  return tier === undefined ? null : (TIER_BY_CODE.get(tier) ?? null);
}

export enum CoverageGrouping {
  STATE = 'STATE',
  RATE_CENTER = 'RATE_CENTER',
  NPA_NXX = 'NPA_NXX',
  BLOCK = 'BLOCK',
}
registerEnumType(CoverageGrouping, {
  name: 'CoverageGrouping',
  description: 'How inventoryCoverage groups its counts of available numbers.',
  valuesConfig: {
    STATE: { description: 'By state/province.' },
    RATE_CENTER: { description: 'By rate center.' },
    NPA_NXX: { description: 'By area code and exchange (the carrier default).' },
    BLOCK: { description: 'By thousands block (NPA-NXX plus the seventh digit).' },
  },
});

export enum TelephoneNumberSortField {
  TN = 'tn',
  RATE_CENTER = 'rateCenter',
  LATA = 'lata',
  STATE = 'state',
}
registerEnumType(TelephoneNumberSortField, {
  name: 'TelephoneNumberSortField',
  description: 'What assigned numbers can be sorted by.',
  valuesConfig: {
    TN: { description: 'By number.' },
    RATE_CENTER: { description: 'By rate center abbreviation.' },
    LATA: { description: 'By LATA.' },
    STATE: { description: 'By state or province.' },
  },
});

export enum AvailableTelephoneNumberSortField {
  TN = 'tn',
  RATE_CENTER = 'rateCenter',
  LATA = 'lata',
  STATE = 'state',
  RATE_CENTER_TIER = 'rateCenterTier',
}
registerEnumType(AvailableTelephoneNumberSortField, {
  name: 'AvailableTelephoneNumberSortField',
  description: 'What available numbers can be sorted by.',
  valuesConfig: {
    TN: { description: 'By number.' },
    RATE_CENTER: { description: 'By rate center abbreviation.' },
    LATA: { description: 'By LATA.' },
    STATE: { description: 'By state or province.' },
    RATE_CENTER_TIER: { description: 'By rate center tier.' },
  },
});
