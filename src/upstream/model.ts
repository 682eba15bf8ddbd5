/**
 * The carrier's objects, normalised once.
 *
 * Every upstream response is mapped into these types in exactly one place
 * (src/upstream/mappers/*), so the GraphQL layer never sees the wire's quirks:
 * TNs that arrive as numbers or strings, "Y"/"N" flags, counts as strings,
 * `orderId` as a number, a string or the string "null", display labels where
 * requests use codes, and dates in a handful of formats: timestamps here are
 * ISO-8601 UTC instants (`2017-03-29T14:00:46.000Z`), dates are `YYYY-MM-DD`
 * (wire.ts parseCarrierTimestamp); an unreadable one is left out.
 */

/** A ten-digit North American telephone number, always a string of digits. */
export type Tn = string;

/** TN status. Requests use codes (INSVC, PNDNG, PDISC); responses use labels. */
export type TnStatus = 'IN_SERVICE' | 'PENDING' | 'PENDING_DISCONNECT';

/** Order status. orderList filters by code (INCOMPLT …); responses carry names. */
export type OrderStatus = 'INCOMPLETE' | 'PENDING' | 'PENDING_CANCEL' | 'CANCELED' | 'CLOSED';

/** orderList `serviceOrderReference` codes: NEW, DISCO, CHANGE. */
export type ServiceOrderType = 'NEW' | 'DISCONNECT' | 'CHANGE';

/** orderList `productId` codes, by the guide's meaning. */
export type OrderProduct =
  | 'TELEPHONE_NUMBER' // 103: TN, trunk group update or disconnect
  | 'PORT_IN' // 113
  | 'PORT_OUT' // 114
  | 'TOLL_FREE_LOAD' // 122
  | 'TN_FEATURE' // 128
  | 'TN_MESSAGING_ONLY' // 129
  | 'PORT_IN_MESSAGING_ONLY' // 130
  | 'TOLL_FREE_PORT_IN' // 131
  | 'TOLL_FREE_INVENTORY'; // 134

export type TypeOfService = 'BUSINESS' | 'RESIDENCE';
export type MessageClass = 'P2P' | 'A2PLC' | 'A2P8XX';
export type MessageType = 'SMS' | 'MMS' | 'SMSMMS' | 'SMS_ALT' | 'MMS_ALT' | 'SMSMMS_ALT';

/** Request-side rate center tier values of /tnInventory. */
export type RateCenterTier = '0' | '1' | '2' | 'AK' | 'HI' | 'CAN' | 'PRI' | 'WS-A' | 'WS-B' | 'WS-C';

// ---------------------------------------------------------------------------
// Pagination

export interface PageRequest {
  page?: number;
  size?: number;
  property?: string;
  direction?: 'asc' | 'desc';
  /** Scroll iterator returned by a previous page. */
  searchId?: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
  searchId?: string;
}

// ---------------------------------------------------------------------------
// Inventory (/tnInventory, /tnInventoryCoverage, /tnReservedList)

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

export interface RateCenterRef {
  /** Abbreviation, e.g. WSHNGTNZN1. */
  rateCenter: string;
  rateCenterName?: string;
  lata?: string;
  province?: string;
  /** Normalised to the request form: "Tier 0" → "0". */
  tier?: string;
}

export interface InventoryNumber extends RateCenterRef {
  tn: Tn;
  city?: string;
  countryCode: string;
  capabilities: NumberCapabilities;
}

export interface InventorySearch {
  tnMask?: string;
  tnWildcard?: string;
  lata?: string;
  rateCenter?: string;
  rateCenterTier?: RateCenterTier;
  province?: string;
  city?: string;
  postalCode?: string;
  radius?: number;
  quantity?: number;
  sequential?: boolean;
  wireless?: boolean;
  localCallingArea?: boolean;
  searchOnNetOnly?: boolean;
  page?: PageRequest;
}

export type CoverageGrouping = 'STATE' | 'RATE_CENTER' | 'NPA_NXX' | 'BLOCK';

export interface CoverageQuery {
  countBy?: CoverageGrouping;
  rateCenter?: string;
  wireless?: boolean;
  province?: string;
}

export interface CoverageEntry {
  npa?: string;
  nxx?: string;
  block?: string;
  lata?: string;
  rateCenter?: string;
  province?: string;
  count: number;
}

export interface ReservedNumber extends RateCenterRef {
  tn: Tn;
  city?: string;
  wireless: boolean;
  countryCode: string;
  capabilities: NumberCapabilities;
}

/** Result of a batch write that reports only the TNs it skipped (tnReserve/tnRelease). */
export interface BatchOutcome {
  requested: number;
  succeeded: number;
  excluded: Tn[];
}

// ---------------------------------------------------------------------------
// Assigned numbers (/tnAssignedList, /tnDetail) and their features

export interface EndUser {
  name?: string;
  streetNum?: string;
  streetPreDir?: string;
  streetName?: string;
  streetType?: string;
  streetPostDir?: string;
  locationType1?: string;
  locationValue1?: string;
  locationType2?: string;
  locationValue2?: string;
  locationType3?: string;
  locationValue3?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  typeOfService?: TypeOfService;
}

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

export interface AssignedNumber {
  tn: Tn;
  status: TnStatus;
}

/** One assigned number as /tnDetail describes it. */
export interface TelephoneNumberRecord extends RateCenterRef {
  tn: Tn;
  status: TnStatus;
  trunkGroup?: string;
  endUser?: EndUser;
  features: TnFeatures;
  countryCode?: string;
  /** tnSource, e.g. NATIVE. */
  source?: string;
  /** activateDate, ISO-8601 UTC. */
  activatedAt?: string;
  activatedBy?: string;
  wireless?: boolean;
  portOutPin?: string;
  note?: string;
}

/** One /tnDetail `tnSearchItem`. `tnMask` is required by the upstream. */
export interface TnSearchCriteria {
  tnMask: string;
  tnStatus?: TnStatus;
  trunkGroupName?: string;
  lata?: string;
  rateCenter?: string;
  province?: string;
  rateCenterTier?: string;
  portOutPin?: string;
  tnNote?: string;
  callingNameContains?: string;
  directoryListingContains?: string;
  e911Contains?: string;
  messageClass?: MessageClass;
  messageType?: MessageType;
  wireless?: boolean;
}

// ---------------------------------------------------------------------------
// Number writes

export interface FeatureRemoval {
  callerId?: boolean;
  directoryListing?: boolean;
  e911?: boolean;
  messaging?: boolean;
}

export interface TnOrderItem {
  tn: Tn;
  trunkGroup?: string;
  portOutPin?: string;
  tnNote?: string;
  endUser?: EndUser;
  features?: TnFeatures;
}

export interface TnOrderRequest {
  customerOrderReference?: string;
  items: TnOrderItem[];
}

export interface ExcludedNumber {
  tn: Tn;
  reason?: string;
}

/**
 * Outcome of /tnOrder, /tnUpdate, /tnFeatureOrder, /tnDisconnect.
 * `orderId` is null when the carrier completed the request synchronously
 * (small /tnOrder without features answers orderId "null").
 */
export interface OrderSubmission {
  orderId: string | null;
  excluded: ExcludedNumber[];
}

export interface TnFeatureOrderItem {
  tn: Tn;
  endUser?: EndUser;
  features: TnFeatures;
  remove?: FeatureRemoval;
}

// ---------------------------------------------------------------------------
// Orders (/orderList, /orderDetail, /orderNote, /excludedTnList)

/** Orders are addressed by id or by the caller's own reference. */
export type OrderRef = { orderId: string } | { customerOrderReference: string };

export interface OrderListFilter {
  orderId?: string;
  customerOrderReference?: string;
  products?: OrderProduct[];
  serviceOrderType?: ServiceOrderType;
  status?: OrderStatus;
  tn?: Tn;
  createdFrom?: string; // YYYY-MM-DD
  createdTo?: string; // YYYY-MM-DD
  page?: PageRequest;
}

export interface OrderSummary {
  orderId: string;
  status: OrderStatus;
  productName?: string;
  serviceOrderName?: string;
  customerOrderReference?: string;
  /** YYYY-MM-DD, as the carrier writes it (a date even when sent as a midnight timestamp). */
  desiredDueDate?: string;
  /** Time of day and zone as sent, e.g. "09:00 US/Central"; not a timestamp. */
  desiredPortTime?: string;
  tnQuantity?: number;
  /** createdDate's calendar date, YYYY-MM-DD as the carrier writes it (/orderList gives only this). */
  createdOn?: string;
  /** createdDate as an ISO-8601 UTC instant, only when the carrier sent a time of day (/orderDetail does). */
  createdAt?: string;
  createdUser?: string;
  /** lastModifiedString (/orderList only) as an ISO-8601 UTC instant. */
  lastModified?: string;
}

/** Per-feature provisioning flags and statuses of a TN on an order. */
export interface OrderLineFeatureStatus {
  enabled: boolean;
  status?: string;
}

export interface OrderLine {
  tn: Tn;
  trunkGroup?: string;
  /** Raw per-line status label (tnStatus: "Pending", "Received FOC", "PIN required/invalid", "Complete" …). */
  status?: string;
  endUser?: EndUser;
  features?: TnFeatures;
  lata?: string;
  rateCenter?: string;
  province?: string;
  tnGroup?: string;
  /** cnamEnabled/cnamStatus: the caller ID (CNAM) feature. */
  callerId?: OrderLineFeatureStatus;
  directoryListing?: OrderLineFeatureStatus;
  e911?: OrderLineFeatureStatus;
  messaging?: OrderLineFeatureStatus;
  routingLabel?: string;
}

export interface OrderNote {
  noteId?: string;
  note: string;
  /** insertDate as an ISO-8601 UTC instant (the carrier sends it without a zone: read as UTC). */
  insertedAt?: string;
  insertedBy?: string;
}

export interface OrderDetail extends OrderSummary {
  lines: OrderLine[];
  notes: OrderNote[];
}

export interface ExcludedOrderNumber {
  orderId?: string;
  customerOrderReference?: string;
  tn: Tn;
  reason?: string;
  /** insertDate's calendar date, YYYY-MM-DD (the guide's /excludedTnList sends a date only). */
  insertedOn?: string;
  displayName?: string;
}
