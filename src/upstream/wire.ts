/**
 * The carrier's wire quirks, normalised in one place.
 *
 * Everything here is pure and total: helpers return `undefined` for an absent
 * or unusable value, and the `require*` variants throw WireFormatError, which
 * the services turn into an UpstreamError (UNAVAILABLE: "unreadable body").
 */
import type {
  ExcludedNumber,
  OrderProduct,
  OrderStatus,
  ServiceOrderType,
  Tn,
  TnStatus,
  TypeOfService,
} from './model.js';

/** A response that does not have the shape the docs promise. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

// ---------------------------------------------------------------------------
// Primitive shapes

export type WireObject = Record<string, unknown>;

export function isObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value itself if it is an object, else an empty object. */
export function obj(value: unknown): WireObject {
  return isObject(value) ? value : {};
}

/**
 * A list that may arrive as an array, a single object (XML-to-JSON
 * converters collapse one-element lists), or be absent.
 */
export function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  return [value];
}

/**
 * The items of a documented list wrapper (`tnList: { tnItem: [...] }`): the
 * wrapper's `itemKey` member, as an array. A wrapper that arrives as a plain
 * array (the shape a JSON-first emulation may choose) is taken as the items.
 */
export function listIn(wrapper: unknown, itemKey: string): unknown[] {
  if (Array.isArray(wrapper)) return wrapper;
  return isObject(wrapper) ? asArray(wrapper[itemKey]) : [];
}

/** A trimmed string from a string or number; empty and absent → undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return undefined;
}

/** A count that may arrive as a number or a numeric string ("117"). */
export function toCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** "Y"/"N" (and their spellings, and real booleans) → boolean. */
export function ynToBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  switch (value.trim().toUpperCase()) {
    case 'Y':
    case 'YES':
    case 'TRUE':
    case '1':
      return true;
    case 'N':
    case 'NO':
    case 'FALSE':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/** boolean → "Y"/"N" (undefined stays undefined, so the field is omitted). */
export function boolToYn(value: boolean | null | undefined): 'Y' | 'N' | undefined {
  if (value === undefined || value === null) return undefined;
  return value ? 'Y' : 'N';
}

// ---------------------------------------------------------------------------
// Telephone numbers

/**
 * A TN from the wire or a caller: a JSON number (6123453622), a string
 * ("6123453622"), possibly formatted ("+1 (612) 345-3622"). Returns the
 * ten-digit string, or undefined when it is not a NANP number.
 */
export function toTn(value: unknown): Tn | undefined {
  let digits: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return undefined;
    digits = String(value);
  } else if (typeof value === 'string') {
    digits = value.replace(/[\s().+-]/g, '');
    if (!/^\d+$/.test(digits)) return undefined;
  } else {
    return undefined;
  }
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? digits : undefined;
}

export function requireTn(value: unknown, where: string): Tn {
  const tn = toTn(value);
  if (tn === undefined) throw new WireFormatError(`${where}: not a ten-digit TN`);
  return tn;
}

/** A ten-digit TN as the JSON number some requests send (tnOrder, tnUpdate, …). */
export function tnAsNumber(tn: Tn): number {
  return Number(tn);
}

// ---------------------------------------------------------------------------
// Envelope fields

/** orderId as a number, a string, the string "null", or null → string | null. */
export function toOrderId(value: unknown): string | null {
  const s = str(value);
  if (s === undefined) return null;
  const lower = s.toLowerCase();
  if (lower === 'null' || lower === 'undefined' || lower === 'none') return null;
  return s;
}

/** statusCode as a number or a string → string (undefined when absent). */
export function toStatusCode(value: unknown): string | undefined {
  return str(value);
}

/**
 * An order id in a request: the examples send it as a JSON number
 * (`"orderId": 1054832`); ids that are not plain integers go as strings.
 */
export function orderIdForRequest(orderId: string): number | string {
  const trimmed = orderId.trim();
  if (/^\d{1,15}$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

// ---------------------------------------------------------------------------
// Dates and timestamps

/** A carrier date or timestamp, normalised (see parseCarrierTimestamp). */
export interface CarrierTimestamp {
  /** The calendar date as the carrier wrote it, in its own offset: YYYY-MM-DD. */
  date: string;
  /** The instant as ISO-8601 UTC with milliseconds; absent when only a date was given. */
  instant?: string;
}

/** 2015-12-16T17:09:55.000+0000, 2015-12-16 17:09:55.0, 2017-12-01 00:10, 2015-12-21, with Z / ±hh:mm / ±hhmm / ±hh. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** lastModifiedString: yyyyMMddHHmmss, then 0-9 fraction digits (the guide's have 9: nanoseconds), then an offset. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{0,9})\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** The trouble-ticket notes' US order: 12-31-2015 03:09:53 PM (guide), 12-31-2015T15:09:53.000+0000 (Swagger). */
const US_ORDER = /^(\d{2})-(\d{2})-(\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(AM|PM)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "+0000", "-05:00", "-05", "Z", none → minutes east of UTC; undefined when out of range. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  if (Number(m[3] ?? '0') > 59 || minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour?: string;
  minute?: string;
  second?: string;
  fraction?: string;
  meridiem?: string;
  zone?: string;
}

function fromParts(p: Parts): CarrierTimestamp | undefined {
  const [year, month, day] = [Number(p.year), Number(p.month), Number(p.day)];
  // Four-digit years only: anything else is not a date the carrier meant (and would not print as ISO).
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined; // 2015-02-30
  const date = `${p.year}-${p.month}-${p.day}`;
  if (p.hour === undefined) return { date };
  let hour = Number(p.hour);
  if (p.meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (p.meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  const [minute, second] = [Number(p.minute), Number(p.second ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number((p.fraction ?? '').padEnd(3, '0').slice(0, 3));
  const offset = offsetMinutes(p.zone);
  if (offset === undefined) return undefined;
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return { date, instant: new Date(epoch).toISOString() };
}

/**
 * Every date and timestamp shape the documents show, read into one form:
 *
 *   2017-03-29T14:00:46.000Z          /tnDetail activateDate (L1881)
 *   2020-07-14T13:45:28.188379Z       microseconds (L2307)
 *   2017-09-18T00:00:00.000+0000      orderDetail createdDate, desiredDueDate (L7175, L13123); Swagger note insertDate
 *   2020-12-20T00:00:00.000           no zone (L5629)
 *   2015-12-16 17:09:55.0             orderNote / orderDetail insertDate (L9925, L10416), authDate
 *   2017-12-01 00:10                  no seconds (trunkGroupDate, L9431)
 *   2015-12-21                        orderList createdDate, desiredDueDate; excludedTnList insertDate (L9807, L9980)
 *   20151222145729830902000-0500      orderList lastModifiedString (L9809): yyyyMMddHHmmss, nine fraction
 *                                     digits (nanoseconds: .830902000 s), UTC offset; not a number to parse whole
 *   12-31-2015 03:09:53 PM            ticketNote insertDate (L10880)
 *
 * A time without a zone (the note dates) is read as UTC: the guide names no zone
 * for them, and every timestamp it does give a zone to is UTC ("Z", "+0000")
 * except lastModifiedString, which carries its own offset. Fractions beyond
 * milliseconds are truncated. Anything else — an impossible date, a number, a
 * time without a date ("09:00 US/Central") — is undefined: the graph shows
 * null rather than a value it had to guess.
 */
export function parseCarrierTimestamp(value: unknown): CarrierTimestamp | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = ISO_LIKE.exec(s);
  if (m) {
    const [, year, month, day, hour, minute, second, fraction, zone] = m as unknown as (string | undefined)[];
    if (hour === undefined && zone !== undefined) return undefined; // "2015-12-21Z" is no documented shape
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, zone });
  }
  m = COMPACT.exec(s);
  if (m) {
    const [, year, month, day, hour, minute, second, fraction, zone] = m as unknown as (string | undefined)[];
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, zone });
  }
  m = US_ORDER.exec(s);
  if (m) {
    const [, month, day, year, hour, minute, second, fraction, meridiem, zone] = m as unknown as (string | undefined)[];
    if (hour === undefined && zone !== undefined) return undefined;
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, meridiem, zone });
  }
  return undefined;
}

/** The instant of a carrier timestamp (ISO-8601 UTC); undefined for a date without a time. */
export function toInstant(value: unknown): string | undefined {
  return parseCarrierTimestamp(value)?.instant;
}

/** The calendar date of a carrier date or timestamp, as the carrier wrote it (YYYY-MM-DD). */
export function toLocalDate(value: unknown): string | undefined {
  return parseCarrierTimestamp(value)?.date;
}

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

export function tnStatusToLabel(status: TnStatus): string {
  return TN_STATUS_LABELS[status];
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

// ---------------------------------------------------------------------------
// Exclusions reported inside the `status` string

/**
 * /tnOrder reports the TNs it excluded inside `status`, as a Java
 * `Map<Integer, List<String>>.toString()`:
 *
 *   "{2=[6123453624 TN is on an existing order]}"
 *   "{2=[6123453624 TN is on an existing order, 6123453625 TN not available], 5=[…]}"
 *
 * Each list entry is "<tn> <reason>". Reasons may themselves contain ", ", so
 * entries are split only where a comma is followed by a TN. The key is the
 * excluded item's zero-based index in the request (guide L1706–1733: the third
 * item, 6123453624, is key 2); it is only needed for an entry that carries no
 * TN of its own, which is then read as a reason for `requested[key]` (a key
 * that is itself a ten-digit TN names it directly); an entry that names no
 * number of the request throws WireFormatError. Anything else (e.g.
 * "Success") → [].
 */
export function requireStatusExclusions(status: unknown, requested: readonly Tn[] = []): ExcludedNumber[] {
  if (typeof status !== 'string') return [];
  const text = status.trim();
  if (!text.startsWith('{') || !text.includes('=[')) return [];
  const out: ExcludedNumber[] = [];
  const groupRe = /([^{},=\s][^{},=]*)?=\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  while ((match = groupRe.exec(text)) !== null) {
    const key = (match[1] ?? '').trim();
    const inner = match[2] ?? '';
    const keyTn = /^\d+$/.test(key) ? (key.length >= 10 ? toTn(key) : requested[Number(key)]) : undefined;
    for (const entry of inner.split(/,\s*(?=\+?1?\d{10}\b)/)) {
      const m = /^\s*\+?(1?\d{10})\b\s*[:\-]?\s*([\s\S]*)$/.exec(entry);
      if (!m && entry.trim() === '') continue;
      const tn = m ? toTn(m[1]) : keyTn;
      // Dropping it would report a refused number as applied; an unreadable
      // answer at least tells the caller the outcome is unknown.
      if (tn === undefined) throw new WireFormatError(`an exclusion names no number of the request: "${entry.trim()}"`);
      const reason = (m ? m[2] : entry)?.trim();
      out.push(reason ? { tn, reason } : { tn });
    }
  }
  return out;
}

/**
 * Structured exclusion lists, in case a batch write returns them as objects
 * (`excludedTnList: [{ tn, excludedReason }]`, possibly wrapped in
 * `{ excludedTnItem: [...] }`) rather than inside the status string.
 */
export function parseStructuredExclusions(value: unknown): ExcludedNumber[] {
  const list = isObject(value) && 'excludedTnItem' in value ? value['excludedTnItem'] : value;
  const out: ExcludedNumber[] = [];
  for (const item of asArray(list)) {
    const o = isObject(item) ? item : { tn: item };
    const tn = toTn(o['tn'] ?? o['telephoneNumber']);
    if (tn === undefined) continue;
    const reason = str(o['excludedReason'] ?? o['reason']);
    out.push(reason ? { tn, reason } : { tn });
  }
  return out;
}
