/** Internal state shapes of the sandbox. Wire shapes are built by the handlers, not stored. */

/** Rate center tiers as the request enums spell them (guide L818 / L1809). */
export type Tier = '0' | '1' | '2' | 'AK' | 'HI' | 'CAN' | 'PRI';

export interface RateCenter {
  abbr: string;
  name: string;
  city: string;
  province: string;
  lata: string;
  tier: Tier;
  lat: number;
  lon: number;
  postalCodes: string[];
  /** NPA-NXX prefixes (6 digits) served by this rate center. */
  npaNxx: string[];
  /** Subset of npaNxx whose numbers are wireless. */
  wirelessNpaNxx: string[];
  /** Rate centers sharing a group form one local calling area (sandbox simplification). */
  localGroup: string;
}

export interface Capabilities {
  cnam: boolean;
  dl: boolean;
  e911: boolean;
  msg: boolean;
  portOutPin: boolean;
  portOutNotification: boolean;
  smsOverride: boolean;
  mms: boolean;
  mmsOverride: boolean;
}

/** available = in inventory; reserved = held by /tnReserve; assigned = on the account; aging = disconnected, not re-sellable. */
export type NumberState = 'available' | 'reserved' | 'assigned' | 'aging';

export interface NumberRecord {
  tn: string;
  rateCenter: string;
  wireless: boolean;
  onNet: boolean;
  caps: Capabilities;
  state: NumberState;
  reservedUntil?: number;
}

export type TnStatus = 'Pending' | 'In Service' | 'Pending Disconnect';

export type StringMap = Record<string, string>;

export interface TnFeatures {
  callerId: { callingName?: string; cnamDip: 'Y' | 'N' };
  directoryListing?: StringMap;
  e911?: StringMap;
  messaging?: StringMap;
}

export interface AssignedTn {
  tn: string;
  status: TnStatus;
  trunkGroup: string;
  endUser?: StringMap;
  features: TnFeatures;
  portOutPin?: string;
  tnNote?: string;
  activateDate: number;
  activateUser: string;
}

export type OrderStatus = 'INCOMPLT' | 'PENDING' | 'PCNCL' | 'CNCL' | 'CLSD';

/** What an order does to its TNs. */
export type OrderKind = 'NEW' | 'TRUNK_GROUP' | 'FEATURE' | 'DISCO' | 'PORT_IN' | 'PORT_OUT';

/** Raw per-TN request payload kept on the order (validated, normalised). */
export interface OrderItem {
  tn: string;
  trunkGroup?: string;
  portOutPin?: string;
  tnNote?: string;
  endUser?: StringMap;
  /** tnFeature as requested (objects of strings, incl. removeTnFeature flags). */
  tnFeature?: Record<string, StringMap>;
  done: boolean;
  doneAt?: number;
  canceled?: boolean;
  /** Port-in orders only: the number's porting state (src/sandbox/port-in/). */
  port?: PortInLine;
  /** Port-out orders only: the account's answer for the number (src/sandbox/port-outs/). */
  portOut?: PortOutLine;
}

/** One number another carrier asks to take: the account (losing carrier) may reject it or approve. */
export interface PortOutLine {
  state: 'PENDING' | 'APPROVED' | 'REJECTED';
  rejectReason?: string;
}

/** One number being ported in: the account data sent, and where it stands with the losing carrier. */
export interface PortInLine {
  accountNum: string;
  atn: string;
  authName: string;
  authDate: string;
  hasAccountPin: boolean;
  losingCarrier: string;
  tnGroup: string;
  /** When the losing carrier answers (FOC or a rejection). */
  answerDueAt: number;
  /** The rejection the losing carrier gives the first request, decided at submission. */
  jeopardyReason?: string;
  /** The rejection reason while the number is in jeopardy. */
  jeopardy?: string;
  /** Set once corrected: the carrier then confirms instead of rejecting again. */
  corrected?: boolean;
  /** Midnight UTC of the confirmed port date (FOC secured). */
  portDate?: number;
  activated?: boolean;
}

/** Order-level port-in request data. */
export interface PortInOrderInfo {
  desiredDueDate: string;
  desiredPortTime: string;
  desiredPortTimeZone: string;
  onDemandActivation: boolean;
}

export interface ExcludedTn {
  tn: string;
  reason: string;
  /** When the exclusion became visible (submit time, or end of Incomplete for background validation). */
  at: number;
}

export interface OrderNote {
  noteId: string;
  note: string;
  at: number;
  user: string;
}

/** The guide's /orderList productId values (L9733). */
export type ProductId = 103 | 113 | 114 | 122 | 128 | 129 | 130 | 131 | 134;

export interface Order {
  id: number;
  kind: OrderKind;
  productId: ProductId;
  serviceOrder: 'NEW' | 'DISCO' | 'CHANGE';
  status: OrderStatus;
  customerOrderReference: string;
  createdAt: number;
  createdUser: string;
  lastModified: number;
  items: OrderItem[];
  /** Order carries CNAM/DL/E911/messaging work (adds FEATURE_DELAY_MS, applied all at once). */
  hasFeatures: boolean;
  pendingAt?: number;
  cancelRequestedAt?: number;
  closedAt?: number;
  excluded: ExcludedTn[];
  notes: OrderNote[];
  /** Validated in the background (> 100 TNs): tnList hidden while Incomplete. */
  background: boolean;
  /** Port-in orders only (kind PORT_IN). */
  portIn?: PortInOrderInfo;
  /** Port-out orders only (kind PORT_OUT): when the numbers port away. */
  portOutAt?: number;
  /** YYYY-MM-DD set by /orderUpdate; otherwise the order reads its creation day. */
  desiredDueDate?: string;
}

export interface AccountSettings {
  wirelessEnabled: boolean;
  maxReservedTns: number;
  /** accountDefaultDetail cnamDip default used when /tnOrder does not send one (guide L1650 "**"). */
  cnamDipDefault: 'Y' | 'N';
}
