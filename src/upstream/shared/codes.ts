/**
 * The carrier's codes and labels, parsed here and nowhere else. Requests use
 * codes (INSVC, PCNCL, productId 128, DISCO); responses answer with labels
 * ("In Service", "Pending Cancel", "Tier 0"). The mapped types carry codes
 * such as 'IN_SERVICE', so the graph only maps a code to its enum.
 */
import { str, toCount } from '../wire/values.js';

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

/** Request-side rate center tier values of /tnInventory. */
export type RateCenterTier = '0' | '1' | '2' | 'AK' | 'HI' | 'CAN' | 'PRI' | 'WS-A' | 'WS-B' | 'WS-C';

// ---------------------------------------------------------------------------
// Rate center tier

/** "Tier 0" → "0", "Tier HI" → "HI", "0" → "0". */
export function normalizeTier(value: unknown): string | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  return s.replace(/^tier\s*/i, '').trim() || undefined;
}

// ---------------------------------------------------------------------------
// TN status: label ("In Service") ↔ code (INSVC) ↔ model (IN_SERVICE)

const TN_STATUS_CODES: Record<TnStatus, string> = {
  IN_SERVICE: 'INSVC',
  PENDING: 'PNDNG',
  PENDING_DISCONNECT: 'PDISC',
};

const TN_STATUS_LABELS: Record<TnStatus, string> = {
  IN_SERVICE: 'In Service',
  PENDING: 'Pending',
  PENDING_DISCONNECT: 'Pending Disconnect',
};

function squash(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const TN_STATUS_LOOKUP: Record<string, TnStatus> = {};
for (const status of Object.keys(TN_STATUS_CODES) as TnStatus[]) {
  TN_STATUS_LOOKUP[squash(status)] = status;
  TN_STATUS_LOOKUP[squash(TN_STATUS_CODES[status])] = status;
  TN_STATUS_LOOKUP[squash(TN_STATUS_LABELS[status])] = status;
}

/** A label, a code or a model name → TnStatus (undefined if unknown). */
export function tnStatusFromWire(value: unknown): TnStatus | undefined {
  const s = str(value);
  return s === undefined ? undefined : TN_STATUS_LOOKUP[squash(s)];
}

export function tnStatusToCode(status: TnStatus): string {
  return TN_STATUS_CODES[status];
}

// ---------------------------------------------------------------------------
// Order status: name ("Pending Cancel") ↔ code (PCNCL) ↔ model (PENDING_CANCEL)

const ORDER_STATUS_CODES: Record<OrderStatus, string> = {
  INCOMPLETE: 'INCOMPLT',
  PENDING: 'PENDING',
  PENDING_CANCEL: 'PCNCL',
  CANCELED: 'CNCL',
  CLOSED: 'CLSD',
};

const ORDER_STATUS_NAMES: Record<OrderStatus, string[]> = {
  INCOMPLETE: ['Incomplete'],
  PENDING: ['Pending'],
  PENDING_CANCEL: ['Pending Cancel', 'Pending Cancellation', 'Pending Cancelled', 'Pending Canceled'],
  CANCELED: ['Canceled', 'Cancelled', 'Cancel'],
  CLOSED: ['Closed', 'Complete', 'Completed'],
};

const ORDER_STATUS_LOOKUP: Record<string, OrderStatus> = {};
for (const status of Object.keys(ORDER_STATUS_CODES) as OrderStatus[]) {
  ORDER_STATUS_LOOKUP[squash(status)] = status;
  ORDER_STATUS_LOOKUP[squash(ORDER_STATUS_CODES[status])] = status;
  for (const name of ORDER_STATUS_NAMES[status]) ORDER_STATUS_LOOKUP[squash(name)] = status;
}

export function orderStatusFromWire(value: unknown): OrderStatus | undefined {
  const s = str(value);
  return s === undefined ? undefined : ORDER_STATUS_LOOKUP[squash(s)];
}

export function orderStatusToCode(status: OrderStatus): string {
  return ORDER_STATUS_CODES[status];
}

// ---------------------------------------------------------------------------
// Order products (productId) and service order types (serviceOrderReference)

const PRODUCT_CODES: Record<OrderProduct, number> = {
  TELEPHONE_NUMBER: 103,
  PORT_IN: 113,
  PORT_OUT: 114,
  TOLL_FREE_LOAD: 122,
  TN_FEATURE: 128,
  TN_MESSAGING_ONLY: 129,
  PORT_IN_MESSAGING_ONLY: 130,
  TOLL_FREE_PORT_IN: 131,
  TOLL_FREE_INVENTORY: 134,
};

export function productToCode(product: OrderProduct): number {
  return PRODUCT_CODES[product];
}

export function isOrderProduct(name: string): name is OrderProduct {
  return Object.hasOwn(PRODUCT_CODES, name);
}

export function productFromCode(code: unknown): OrderProduct | undefined {
  const n = toCount(code);
  if (n === undefined) return undefined;
  return (Object.keys(PRODUCT_CODES) as OrderProduct[]).find((p) => PRODUCT_CODES[p] === n);
}

const SERVICE_ORDER_CODES: Record<ServiceOrderType, string> = {
  NEW: 'NEW',
  DISCONNECT: 'DISCO',
  CHANGE: 'CHANGE',
};

export function serviceOrderTypeToCode(type: ServiceOrderType): string {
  return SERVICE_ORDER_CODES[type];
}

/** "NEW"/"New", "DISCO"/"Disconnect", "CHANGE"/"Change" → ServiceOrderType. */
export function serviceOrderTypeFromWire(value: unknown): ServiceOrderType | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  const k = squash(s);
  if (k === 'NEW') return 'NEW';
  if (k === 'DISCO' || k === 'DISCONNECT') return 'DISCONNECT';
  if (k === 'CHANGE') return 'CHANGE';
  return undefined;
}

// ---------------------------------------------------------------------------
// Type of service: B / Business / R / Residence

export function typeOfServiceFromWire(value: unknown): TypeOfService | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  const k = squash(s);
  if (k === 'B' || k === 'BUSINESS') return 'BUSINESS';
  if (k === 'R' || k === 'RESIDENCE' || k === 'RESIDENTIAL') return 'RESIDENCE';
  return undefined;
}

/** The guide's examples send the one-letter form ("R"). */
export function typeOfServiceToWire(value: TypeOfService): 'B' | 'R' {
  return value === 'BUSINESS' ? 'B' : 'R';
}
