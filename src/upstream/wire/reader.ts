/**
 * The fast path under the zod building blocks of schema.ts. Each block is a
 * zod schema AND a plain reader function registered for it; `record` and the
 * lists call their members' readers directly, so a /tnDetail item is one
 * function call per field instead of zod's pipe → optional → transform chain
 * with its payload objects per field (measured: most of the parse time, and
 * much of the garbage, of a 50-order query). Members that are not blocks (a
 * block with `.transform`, a plain zod schema) are parsed by zod, as before.
 *
 * The readers keep zod's semantics for what the blocks use: issues in field
 * order, paths prefixed with the key or index, a key kept in the output when
 * its value is defined or the key was present, and a member that is not
 * optional-in (absent → "expected nonoptional") makes the record fall back to
 * zod's own object (see canRead).
 */
import { z } from 'zod';
import { isObject, type WireObject } from './values.js';

/** One problem, its path relative to the value being read. */
export interface ReadIssue {
  path: PropertyKey[];
  message: string;
}

/** Reads one value; a problem is pushed to `issues` (the value returned then does not matter). */
export type Reader<T> = (value: unknown, issues: ReadIssue[]) => T;

const readers = new WeakMap<z.ZodType, Reader<unknown>>();

/** A zod schema that parses with `read`, registered so an enclosing record or list calls `read` itself. */
export function readerSchema<T>(read: Reader<T>): z.ZodType<T, unknown> {
  const schema = z.transform((value: unknown, ctx) => {
    const issues: ReadIssue[] = [];
    const out = read(value, issues);
    if (issues.length === 0) return out;
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
  readers.set(schema, read as Reader<unknown>);
  return schema as unknown as z.ZodType<T, unknown>;
}

/** Register `read` as the reader of an existing schema (z.unknown().optional() kept as it is). */
export function withReader<S extends z.ZodType>(schema: S, read: Reader<z.output<S>>): S {
  readers.set(schema, read as Reader<unknown>);
  return schema;
}

/** The registered reader, a block's `.transform(fn)` read as the block then fn, or one that asks zod. */
export function readerOf<T>(schema: z.ZodType<T, unknown>): Reader<T> {
  const fast = readers.get(schema);
  if (fast) return fast as Reader<T>;
  return transformedReader(schema) ?? zodReader(schema);
}

/** zod parses; its issues are copied with their paths and messages. */
function zodReader<T>(schema: z.ZodType<T, unknown>): Reader<T> {
  return (value, issues) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) issues.push({ path: issue.path, message: issue.message });
    return undefined as T;
  };
}

/**
 * `block.transform(fn)` (endUserSchema, featuresSchema): the block's reader, then fn, as zod's pipe
 * runs them (fn only when the block read cleanly). When fn reports an issue or answers a promise,
 * zod parses again so the issue reads exactly as zod words it; fn is a pure mapping, so running it twice is safe.
 */
function transformedReader<T>(schema: z.ZodType<T, unknown>): Reader<T> | undefined {
  const def = schema._zod.def as { type: string; in?: z.ZodType; out?: z.ZodType };
  if (def.type !== 'pipe' || !def.in || !def.out) return undefined;
  const first = readers.get(def.in);
  const outDef = def.out._zod.def as { type: string; transform?: (value: unknown, payload: unknown) => unknown };
  if (!first || outDef.type !== 'transform' || typeof outDef.transform !== 'function') return undefined;
  const fn = outDef.transform;
  const slow = zodReader(schema);
  return (value, issues) => {
    const from = issues.length;
    const mid = first(value, issues);
    if (issues.length > from) return undefined as T;
    let reported = false;
    const payload = { value: mid, issues: [] as unknown[], addIssue: () => void (reported = true) };
    const out = fn(mid, payload);
    if (reported || payload.issues.length > 0 || out instanceof Promise) return slow(value, issues);
    return out as T;
  };
}

function prefix(issues: ReadIssue[], from: number, key: PropertyKey): void {
  for (let i = from; i < issues.length; i++) issues[i] = { path: [key, ...issues[i]!.path], message: issues[i]!.message };
}

/**
 * Whether a shape can be read field by field: every member optional-in (zod
 * then never reports an absent key), so the reader only has to mirror how zod
 * keeps keys and issues.
 */
export function canRead(shape: z.ZodRawShape): boolean {
  return Object.values(shape).every((s) => (s as z.ZodType)._zod.optin === 'optional');
}

/** The members of an object read by `shape`; anything not an object reads as {}. */
export function recordReader(shape: z.ZodRawShape): Reader<WireObject> {
  const fields = Object.keys(shape).map((key) => {
    const schema = shape[key] as z.ZodType;
    // zod drops an absent key's issues (and the key) when the member is optional-out too.
    return { key, read: readerOf(schema), optionalOut: schema._zod.optout === 'optional' };
  });
  return (value, issues) => {
    const input = isObject(value) ? value : {};
    const out: WireObject = {};
    for (const { key, read, optionalOut } of fields) {
      const present = key in input;
      if (optionalOut && !present) continue;
      const from = issues.length;
      const v = read(input[key], issues);
      if (issues.length > from) prefix(issues, from, key);
      if (v !== undefined || present) out[key] = v;
    }
    return out;
  };
}

/** Each item of the list `toArray` finds in a value, read by `item`. */
export function listReader<T>(toArray: (value: unknown) => unknown[], item: z.ZodType<T, unknown>): Reader<T[]> {
  const read = readerOf(item);
  return (value, issues) => {
    const items = toArray(value);
    const out = new Array<T>(items.length);
    for (let i = 0; i < items.length; i++) {
      const from = issues.length;
      out[i] = read(items[i], issues);
      if (issues.length > from) prefix(issues, from, i);
    }
    return out;
  };
}
