/**
 * The carrier's primitive quirks, normalised: helpers return `undefined` for an
 * absent or unusable value, and the `require*` variants throw WireFormatError,
 * which an operation turns into UpstreamError UNAVAILABLE ("unreadable body").
 */
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
export function toTn(value: unknown): string | undefined {
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

export function requireTn(value: unknown, where: string): string {
  const tn = toTn(value);
  if (tn === undefined) throw new WireFormatError(`${where}: not a ten-digit TN`);
  return tn;
}

/** A ten-digit TN as the JSON number some requests send (tnOrder, tnUpdate, …). */
export function tnAsNumber(tn: string): number {
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
