import { describe, expect, it } from 'vitest';
import { normalizeTier } from '../../../src/upstream/shared/codes.js';
import {
  asArray,
  boolToYn,
  orderIdForRequest,
  toCount,
  toOrderId,
  toStatusCode,
  toTn,
  ynToBool,
} from '../../../src/upstream/wire/values.js';

describe('wire: TNs', () => {
  it('accepts numbers and strings, returns ten-digit strings', () => {
    expect(toTn(6123453622)).toBe('6123453622');
    expect(toTn('6123453622')).toBe('6123453622');
    expect(toTn(' 6123453622 ')).toBe('6123453622');
    expect(toTn('+1 (612) 345-3622')).toBe('6123453622');
    expect(toTn(16123453622)).toBe('6123453622');
  });
  it('rejects what is not a NANP number', () => {
    expect(toTn('20873619391')).toBeUndefined(); // 11 digits not starting with 1
    expect(toTn('612345362')).toBeUndefined();
    expect(toTn('xxxxxxxxxx')).toBeUndefined();
    expect(toTn(null)).toBeUndefined();
    expect(toTn(6123453622.5)).toBeUndefined();
  });
});

describe('wire: envelope fields', () => {
  it('orderId: number, string, "null", null', () => {
    expect(toOrderId(1026470)).toBe('1026470');
    expect(toOrderId('1026471')).toBe('1026471');
    expect(toOrderId('null')).toBeNull();
    expect(toOrderId('NULL')).toBeNull();
    expect(toOrderId(null)).toBeNull();
    expect(toOrderId(undefined)).toBeNull();
    expect(toOrderId('')).toBeNull();
  });
  it('orderId in requests is a JSON number when it is an integer', () => {
    expect(orderIdForRequest('1054832')).toBe(1054832);
    expect(orderIdForRequest('ABC-1')).toBe('ABC-1');
  });
  it('statusCode: number or string', () => {
    expect(toStatusCode(200)).toBe('200');
    expect(toStatusCode('430')).toBe('430');
    expect(toStatusCode(undefined)).toBeUndefined();
  });
  it('counts as strings', () => {
    expect(toCount('117')).toBe(117);
    expect(toCount(5)).toBe(5);
    expect(toCount('')).toBeUndefined();
    expect(toCount('abc')).toBeUndefined();
  });
  it('Y/N flags', () => {
    expect(ynToBool('Y')).toBe(true);
    expect(ynToBool('N')).toBe(false);
    expect(ynToBool('y')).toBe(true);
    expect(ynToBool(true)).toBe(true);
    expect(ynToBool('')).toBeUndefined();
    expect(boolToYn(true)).toBe('Y');
    expect(boolToYn(false)).toBe('N');
    expect(boolToYn(undefined)).toBeUndefined();
  });
  it('tiers', () => {
    expect(normalizeTier('Tier 0')).toBe('0');
    expect(normalizeTier('0')).toBe('0');
    expect(normalizeTier('Tier HI')).toBe('HI');
    expect(normalizeTier('WS-A')).toBe('WS-A');
    expect(normalizeTier('')).toBeUndefined();
  });
  it('single objects where lists are expected', () => {
    expect(asArray([1, 2])).toEqual([1, 2]);
    expect(asArray({ a: 1 })).toEqual([{ a: 1 }]);
    expect(asArray(undefined)).toEqual([]);
  });
});
