/**
 * Wire helpers shared by the handlers: the envelope, lenient input readers (the guide sends
 * `tn` both as a JSON number and as a string), and the date formats the guide's examples show.
 */
import type { Tier } from './types.js';

export type Json = Record<string, unknown>;

export interface Reply extends Json {
  status: string;
  statusCode: string;
}

/** Success envelope. statusCode is always the string "200" (guide convention; a few examples show a number — we emit the string everywhere). */
export function ok(payload: Json = {}): Reply {
  return { status: 'Success', statusCode: '200', ...payload };
}

export function fail(statusCode: string, status: string): Reply {
  return { status, statusCode };
}

/** 414 "Fields are Required: <field>" (guide L2198 voiceScript table; used across ops). */
export function required(field: string): Reply {
  return fail('414', `Fields are Required: ${field}`);
}

/**
 * 416 "Invalid Input Parameters: <detail>". The guide gives no code for most validation failures;
 * its general rule (Response Status Codes, L13360) is "4XX Dynamic error message; status line provides
 * error details". We reuse the /voiceScript spelling of 416 so clients see one consistent code.
 */
export function invalid(detail: string): Reply {
  return fail('416', `Invalid Input Parameters: ${detail}`);
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Tells an error Reply from a handler's intermediate result (predicates, key lists, records). */
export const isReply = (v: unknown): v is Reply => isObject(v) && typeof v['statusCode'] === 'string';

/** Reads a ten-digit TN given as a JSON number or a string (whitespace trimmed). */
export function readTn(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) v = String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return /^\d{10}$/.test(s) ? s : undefined;
}

/** Raw TN text for error messages (whatever the client sent). */
export function rawTn(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/** Reads an optional scalar as a trimmed string (numbers accepted: the guide sends orderId/productId as numbers). */
export function readStr(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  return undefined;
}

export function readYN(v: unknown): 'Y' | 'N' | undefined {
  const s = readStr(v)?.toUpperCase();
  if (s === 'Y' || s === 'YES' || s === 'TRUE') return 'Y';
  if (s === 'N' || s === 'NO' || s === 'FALSE') return 'N';
  if (v === true) return 'Y';
  if (v === false) return 'N';
  return undefined;
}

/**
 * `container[listKey][itemKey]` as an array — by default `x.tnList.tnItem`. A single object is
 * accepted too (XML-to-JSON style producers often collapse one-element lists); non-object entries
 * read as {}; undefined when the path is missing.
 */
export function readItems(container: unknown, listKey = 'tnList', itemKey = 'tnItem'): Json[] | undefined {
  if (!isObject(container)) return undefined;
  const list = container[listKey];
  if (!isObject(list)) return undefined;
  const items = list[itemKey];
  if (Array.isArray(items)) return items.map((i) => (isObject(i) ? i : {}));
  if (isObject(items)) return [items];
  return undefined;
}

/** `body[name].tnList.tnItem` for operations whose request is wrapped in an object named after them; a 414 names what is missing. */
export function readWrappedItems(body: Json, name: string): Json[] | Reply {
  if (!isObject(body[name])) return required(name);
  const items = readItems(body[name]);
  return items && items.length > 0 ? items : required(`${name}.tnList.tnItem`);
}

/** Copies the string-ish fields of an object (drops nested objects, stringifies numbers). */
export function stringFields(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    const s = typeof val === 'number' ? String(val) : typeof val === 'string' ? val : undefined;
    if (s !== undefined) out[k] = s;
  }
  return out;
}

export const yn = (b: boolean): 'Y' | 'N' => (b ? 'Y' : 'N');

/** "Tier 0" in /tnInventory and /tnDetail responses (L1072, L1875). */
export function tierLabel(tier: Tier): string {
  return /^\d$/.test(tier) ? `Tier ${tier}` : tier;
}

/** Accepts "0", "Tier 0", "hi" … → the internal tier code. */
export function normaliseTier(v: unknown): string | undefined {
  const s = readStr(v);
  return s === undefined ? undefined : s.replace(/^tier\s*/i, '').toUpperCase();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 2017-03-29T14:00:46.000Z (tnDetail activateDate, L1878). */
export const isoDate = (ms: number) => new Date(ms).toISOString();

/** 2015-12-21 (orderList createdDate, excludedTnList insertDate). */
export const dayDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 2015-12-16 17:09:55.0 (orderNote insertDate, L10410). */
export function noteDate(ms: number): string {
  const d = new Date(ms);
  return `${dayDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${Math.floor(d.getUTCMilliseconds() / 100)}`;
}

/** 2019-12-10T14:07:32.310+0000 (auth error timestamp, L268; we render UTC). */
export function offsetTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** 20151222145729830902000-0500 = yyyyMMddHHmmss + 9-digit nanos + zone (orderList L9810); we render UTC. */
export function lastModifiedString(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}000000+0000`;
}

/**
 * Exclusions reported inside `status`, as /tnOrder's example (L1728): "{2=[6123453624 TN is on an
 * existing order]}". The key is the 0-based index of the item in the request (the example's third
 * item is 6123453624); several entries are joined Java-Map style with ", ".
 */
export function exclusionStatus(entries: Array<{ index: number; tn: string; reason: string }>): string {
  return `{${entries.map((e) => `${e.index}=[${e.tn} ${e.reason}]`).join(', ')}}`;
}
