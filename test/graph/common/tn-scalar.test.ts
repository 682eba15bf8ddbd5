import { describe, expect, it } from 'vitest';
import { parseTn, TnScalar } from '../../../src/graph/common/scalars.js';
import { createFake, depsFor, run, tnRecord } from '../helpers.js';

describe('TN scalar', () => {
  it.each([
    ['3125550100', '3125550100'],
    ['+13125550100', '3125550100'],
    ['13125550100', '3125550100'],
    ['(312) 555-0100', '3125550100'],
    ['312.555.0100', '3125550100'],
    ['+1 (312) 555-0100', '3125550100'],
    [' 312 555 0100 ', '3125550100'],
  ])('normalises %j', (input, expected) => {
    expect(parseTn(input)).toEqual({ ok: true, tn: expected });
    expect(TnScalar.parseValue(input)).toBe(expected);
  });

  it.each([
    ['312555010', /ten-digit/],
    ['312555010000', /ten-digit/],
    ['+443125550100', /only \+1/],
    ['1125550100', /NANP/], // area code starting with 1
    ['3121550100', /NANP/], // exchange starting with 1
    ['0125550100', /NANP/],
    ['312-555-01OO', /only digits/],
    ['', /ten-digit/],
  ])('rejects %j with a clear message', (input, message) => {
    const r = parseTn(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect(() => TnScalar.parseValue(input)).toThrow(message);
  });

  it('rejects non-strings', () => {
    expect(parseTn(null).ok).toBe(false);
    expect(parseTn({}).ok).toBe(false);
  });

  it('a bad TN variable is BAD_USER_INPUT and never reaches the carrier', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `query($tn: TN!) { telephoneNumber(tn: $tn) { tn } }`, { tn: '555-0100' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/ten-digit/);
    expect(fake.count('tnDetail')).toBe(0);
  });

  it('a bad TN literal is reported with BAD_USER_INPUT', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `{ telephoneNumber(tn: "1125550100") { tn } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fake.count('tnDetail')).toBe(0);
  });

  it('accepts formatted input and answers with ten digits', async () => {
    const fake = createFake();
    fake.records.set('3125550100', tnRecord('3125550100'));
    const result = await run(depsFor(fake), `{ telephoneNumber(tn: "+1 (312) 555-0100") { tn status } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.telephoneNumber).toEqual({ tn: '3125550100', status: 'IN_SERVICE' });
  });
});
