import { describe, expect, it } from 'vitest';
import { parseCarrierTimestamp, toInstant } from '../../../src/upstream/wire/timestamps.js';

describe('wire: dates and timestamps', () => {
  it('reads every shape the documents show', () => {
    const cases: [string, { date: string; instant?: string }][] = [
      ['2017-03-29T14:00:46.000Z', { date: '2017-03-29', instant: '2017-03-29T14:00:46.000Z' }], // activateDate (L1881)
      ['2020-07-14T13:45:28.188379Z', { date: '2020-07-14', instant: '2020-07-14T13:45:28.188Z' }], // microseconds (L2307)
      ['2017-09-18T00:00:00.000+0000', { date: '2017-09-18', instant: '2017-09-18T00:00:00.000Z' }], // createdDate (L7175)
      ['2026-11-22T22:52:19.981+0000', { date: '2026-11-22', instant: '2026-11-22T22:52:19.981Z' }], // the sandbox's orderDetail
      ['2020-12-20T00:00:00.000', { date: '2020-12-20', instant: '2020-12-20T00:00:00.000Z' }], // no zone (L5629): UTC
      ['2015-12-16 17:09:55.0', { date: '2015-12-16', instant: '2015-12-16T17:09:55.000Z' }], // orderNote insertDate (L10416)
      ['2026-11-22 22:54:52.9', { date: '2026-11-22', instant: '2026-11-22T22:54:52.900Z' }], // the sandbox's note
      ['2017-12-01 00:10', { date: '2017-12-01', instant: '2017-12-01T00:10:00.000Z' }], // trunkGroupDate (L9431)
      ['2015-12-21', { date: '2015-12-21' }], // orderList createdDate (L9807): no time invented
      // lastModifiedString (L9809): yyyyMMddHHmmss + nanoseconds + offset, here 14:57:29.830902 at -05:00.
      ['20151222145729830902000-0500', { date: '2015-12-22', instant: '2015-12-22T19:57:29.830Z' }],
      ['20160302084423307282000-0600', { date: '2016-03-02', instant: '2016-03-02T14:44:23.307Z' }], // L10922
      ['20261122225233731000000+0000', { date: '2026-11-22', instant: '2026-11-22T22:52:33.731Z' }], // the sandbox's
      ['12-31-2015 03:09:53 PM', { date: '2015-12-31', instant: '2015-12-31T15:09:53.000Z' }], // ticketNote (L10880)
      ['12-31-2015T15:09:53.000+0000', { date: '2015-12-31', instant: '2015-12-31T15:09:53.000Z' }], // Swagger ticket note
      ['2015-12-16T17:09:55-05:00', { date: '2015-12-16', instant: '2015-12-16T22:09:55.000Z' }],
      [' 2015-12-21 ', { date: '2015-12-21' }],
    ];
    for (const [wire, expected] of cases) expect(parseCarrierTimestamp(wire), wire).toEqual(expected);
  });

  it('the calendar date is the one the carrier wrote, not the UTC one', () => {
    expect(parseCarrierTimestamp('20151222235959000000000-0500')).toEqual({ date: '2015-12-22', instant: '2015-12-23T04:59:59.000Z' });
  });

  it('anything else is undefined rather than a guess', () => {
    for (const wire of [
      '',
      'null',
      '09:00 US/Central', // desiredPortTime: a time of day, no date
      '2015-02-30',
      '2015-13-01',
      '2015-12-21T25:00:00Z',
      '2015-12-21T10:61:00Z',
      '2015-12-21T10:00:00+2500',
      '2015-12-21Z',
      '201512221457', // too short for lastModifiedString
      '0000-01-01',
      '12/31/2015',
      '12-31-2015 13:00:00 PM',
    ]) {
      expect(parseCarrierTimestamp(wire), wire).toBeUndefined();
    }
    expect(parseCarrierTimestamp(20151222145729830902000)).toBeUndefined();
    expect(parseCarrierTimestamp(null)).toBeUndefined();
    expect(parseCarrierTimestamp(undefined)).toBeUndefined();
  });

  it('toInstant and the calendar date', () => {
    expect(toInstant('2015-12-21')).toBeUndefined();
    expect(toInstant('2015-12-16 17:09:55.0')).toBe('2015-12-16T17:09:55.000Z');
    expect(parseCarrierTimestamp('2017-09-18T00:00:00.000+0000')?.date).toBe('2017-09-18');
    expect(parseCarrierTimestamp('garbage')?.date).toBeUndefined();
  });
});
