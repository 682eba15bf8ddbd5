/**
 * Date fields: `DateTime` (UTC instants) and `LocalDate` (calendar dates),
 * fed by the upstream model's normalised strings (where each order timestamp
 * is read from: orders/order-timestamps.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, LocalDateScalar } from '../../../src/graph/common/scalars.js';

describe('date scalars', () => {
  it("DateTime serialises the model's ISO instants as UTC", () => {
    const out = DateTimeScalar.serialize('2015-12-22T19:57:29.830Z');
    expect(JSON.parse(JSON.stringify({ out }))).toEqual({ out: '2015-12-22T19:57:29.830Z' });
  });

  it('LocalDate serialises YYYY-MM-DD as it is and refuses anything else', () => {
    expect(LocalDateScalar.serialize('2015-12-21')).toBe('2015-12-21');
    expect(() => LocalDateScalar.serialize('2015-12-21T00:00:00.000Z')).toThrow();
  });
});
