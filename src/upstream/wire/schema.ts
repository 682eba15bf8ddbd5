/**
 * Zod building blocks for the carrier's quirks. Every block is lenient the way
 * the carrier needs: an absent or unusable value reads as `undefined` (a TN as
 * a number or a string, "Y"/"N", counts as strings, `orderId` "null", one
 * object where a list was expected, several timestamp formats). Only the
 * `required*` blocks fail, and `parseWire` turns that failure into
 * WireFormatError, which an operation reports as an unreadable body.
 */
import { z } from 'zod';
import { canRead, listReader, readerSchema, recordReader, withReader } from './reader.js';
import { parseCarrierTimestamp } from './timestamps.js';
import { asArray, listIn, obj, str, toCount, toOrderId, toStatusCode, toTn, WireFormatError, ynToBool, type WireObject } from './values.js';

/** A field read by `read`, absent or not: the carrier omits fields freely. */
export const lenient = <T>(read: (value: unknown) => T) => readerSchema((value) => read(value));

/** A field that must read as something, else the body is unreadable. */
export const required = <T>(read: (value: unknown) => T | undefined, problem: string) =>
  readerSchema<T>((value, issues) => {
    const out = read(value);
    if (out === undefined) issues.push({ path: [], message: problem });
    return out as T;
  });

/** A trimmed string from a string or a number; "" → undefined. */
export const text = lenient(str);
/** A count as a number or a numeric string ("117"). */
export const count = lenient(toCount);
/** "Y"/"N" and their spellings → boolean. */
export const yn = lenient(ynToBool);
/** orderId as a number, a string, "null" or null → string | null. */
export const orderId = lenient(toOrderId);
/** statusCode as a number or a string. */
export const statusCode = lenient(toStatusCode);
/** Any documented date or timestamp shape (see parseCarrierTimestamp). */
export const timestamp = lenient(parseCarrierTimestamp);
/** A TN as a JSON number or a string; anything else makes the body unreadable. */
export const tn = required(toTn, 'not a ten-digit TN');
/** A member kept as the carrier sent it (read by the operation's mapping). */
export const raw = withReader(z.unknown().optional(), (value) => value);

type RecordSchema<S extends z.ZodRawShape> = z.ZodType<z.output<z.ZodObject<S>>, unknown>;

/**
 * An object; anything else (absent, a string, a list) reads as {} as the mappers always have.
 * Built once per shape at module load; read field by field (reader.ts) unless a member is not optional-in.
 */
export const record = <S extends z.ZodRawShape>(shape: S): RecordSchema<S> =>
  canRead(shape) ? (readerSchema(recordReader(shape)) as RecordSchema<S>) : z.preprocess(obj, z.object(shape));

/** A list that may arrive as an array, one object, or be absent. */
export const list = <T extends z.ZodType>(item: T) => readerSchema(listReader(asArray, item as z.ZodType<z.output<T>, unknown>));

/** The items of a list wrapper (`tnList: { tnItem: [...] }`); a bare array is taken as the items. */
export const wrappedList = <T extends z.ZodType>(itemKey: string, item: T) =>
  readerSchema(listReader((v) => listIn(v, itemKey), item as z.ZodType<z.output<T>, unknown>));

/** Parse a success body, reporting the first problem with its path. */
export function parseWire<T>(schema: z.ZodType<T, unknown>, body: WireObject): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where =
    issue?.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || 'body';
  throw new WireFormatError(`${where}: ${issue?.message ?? 'unreadable'}`);
}
