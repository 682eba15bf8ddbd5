import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCarrierTimestamp } from '../../../src/upstream/wire/timestamps.js';
import { list, raw, record, required, text, timestamp, tn, wrappedList, yn } from '../../../src/upstream/wire/schema.js';
import { asArray, listIn, obj, str, toTn, ynToBool } from '../../../src/upstream/wire/values.js';

/** The blocks as zod alone built them before the readers: the reference the fast path must match. */
const zLenient = <T>(read: (value: unknown) => T) => z.unknown().optional().transform(read);
const zRequired = <T>(read: (value: unknown) => T | undefined, problem: string) =>
  z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const out = read(value);
      if (out === undefined) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return out;
    });
const zRecord = <S extends z.ZodRawShape>(shape: S) => z.preprocess(obj, z.object(shape));
const zList = <T extends z.ZodType>(item: T) => z.preprocess(asArray, z.array(item));
const zWrapped = <T extends z.ZodType>(key: string, item: T) => z.preprocess((v) => listIn(v, key), z.array(item));

const named = (o: { city?: string | undefined }) => (o.city === undefined ? undefined : o);

const fast = record({
  tn,
  name: text,
  wireless: yn,
  at: timestamp,
  extra: raw,
  inner: record({ tn, city: text }).transform(named),
  items: list(record({ tn, note: text })),
  wrapped: wrappedList('tnItem', record({ tn })),
  notes: list(text),
});

const reference = zRecord({
  tn: zRequired(toTn, 'not a ten-digit TN'),
  name: zLenient(str),
  wireless: zLenient(ynToBool),
  at: zLenient(parseCarrierTimestamp),
  extra: z.unknown().optional(),
  inner: zRecord({ tn: zRequired(toTn, 'not a ten-digit TN'), city: zLenient(str) }).transform(named),
  items: zList(zRecord({ tn: zRequired(toTn, 'not a ten-digit TN'), note: zLenient(str) })),
  wrapped: zWrapped('tnItem', zRecord({ tn: zRequired(toTn, 'not a ten-digit TN') })),
  notes: zList(zLenient(str)),
});

const outcome = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
};

const tnValue = fc.oneof(fc.constant(6123453622), fc.constant('612-345-3622'), fc.constant('12'), fc.constant(null), fc.string());
const leaf = fc.oneof(tnValue, fc.constantFrom('Y', 'N', '', ' x ', '2015-12-21', 7), fc.boolean(), fc.constant(undefined));
const item = fc.oneof(fc.record({ tn: tnValue, note: leaf, city: leaf }, { requiredKeys: [] }), leaf);
const wire = fc.oneof(
  fc.record(
    {
      tn: tnValue,
      name: leaf,
      wireless: leaf,
      at: leaf,
      extra: leaf,
      inner: item,
      items: fc.oneof(fc.array(item, { maxLength: 3 }), item),
      wrapped: fc.oneof(fc.record({ tnItem: fc.oneof(fc.array(item, { maxLength: 3 }), item) }), fc.array(item, { maxLength: 3 }), leaf),
      notes: fc.oneof(fc.array(leaf, { maxLength: 3 }), leaf),
    },
    { requiredKeys: [] },
  ),
  leaf,
);

describe('wire: the readers under record, list and wrappedList', () => {
  it('read exactly as zod reads the same blocks: data (keys kept or left out), or the issues with their paths and messages', () => {
    fc.assert(
      fc.property(wire, (value) => {
        expect(outcome(fast, value)).toStrictEqual(outcome(reference, value));
      }),
      { numRuns: 500 },
    );
  });

  it('name the first problem by its path', () => {
    const bad = { tn: 6123453622, inner: { tn: 6123453622 }, items: [{ tn: 6123453622 }, { tn: 'nope' }] };
    expect(outcome(fast, bad)).toStrictEqual({ issues: [{ path: ['items', 1, 'tn'], message: 'not a ten-digit TN' }] });
  });

  it('a member that is not optional-in keeps zod’s own object (an absent key is an issue)', () => {
    const strict = record({ name: z.string() });
    expect(strict.safeParse({}).success).toBe(false);
    expect(strict.safeParse('x').success).toBe(false);
    expect(strict.safeParse({ name: 'a' })).toMatchObject({ success: true, data: { name: 'a' } });
    expect(required(toTn, 'x').safeParse(6123453622)).toMatchObject({ success: true, data: '6123453622' });
  });
});
