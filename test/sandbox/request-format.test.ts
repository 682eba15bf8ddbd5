/** The request-format check every operation goes through before its handler: declared fields only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/sandbox/domains.js';
import { ANY, unknownField } from '../../src/sandbox/request-shape.js';
import { expectUnrecognized, Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

describe('unknownField', () => {
  const shape = { a: ANY, list: { tnItem: { tn: ANY, inner: { x: ANY } } } };

  it('names the first undeclared field by its path, in objects and in every object of a list', () => {
    expect(unknownField(shape, { a: 1, list: { tnItem: [{ tn: 1 }, { tn: 2, inner: { x: 1 } }] } })).toBeUndefined();
    expect(unknownField(shape, { a: 1, b: 2 })).toBe('b');
    expect(unknownField(shape, { list: { tnItem: [{ tn: 1 }, { tn: 2, tN: 3 }] } })).toBe('list.tnItem[1].tN');
    expect(unknownField(shape, { list: { tnItem: { tn: 1, inner: { y: 1 } } } })).toBe('list.tnItem.inner.y');
  });

  it('leaves values of another type to the handler, and does not look inside a field taken as a value', () => {
    expect(unknownField(shape, { a: { anything: 1 }, list: 'not an object' })).toBeUndefined();
    expect(unknownField(shape, { list: { tnItem: [1, 'x', null] } })).toBeUndefined();
  });

  it('does not take inherited names for declared fields', () => {
    expect(unknownField(shape, JSON.parse('{"constructor": 1}'))).toBe('constructor');
    expect(unknownField(shape, JSON.parse('{"__proto__": {"a": 1}}'))).toBe('__proto__');
  });
});

describe('every operation in the table', () => {
  it.each([...OPERATIONS.keys()])("%s refuses an unknown top-level field with the guide's 400 (HTTP 200)", async (op) => {
    await expectUnrecognized(h, op, { notAField: 'x' });
  });

  it('accepts privateKey on every operation, and checks the format before the key', async () => {
    for (const op of OPERATIONS.keys()) expect(OPERATIONS.get(op)!.request).toHaveProperty('privateKey');
    await expectUnrecognized(h, 'trunkGroupSearchAssigned', { notAField: 'x' }, { privateKey: 'wrong' });
  });
});
