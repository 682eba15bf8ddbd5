import { describe, expect, it } from 'vitest';
import {
  asArray,
  boolToYn,
  normalizeTier,
  orderIdForRequest,
  orderStatusFromWire,
  orderStatusToCode,
  parseCarrierTimestamp,
  requireStatusExclusions,
  parseStructuredExclusions,
  productFromCode,
  productToCode,
  serviceOrderTypeFromWire,
  serviceOrderTypeToCode,
  tnStatusFromWire,
  tnStatusToCode,
  tnStatusToLabel,
  toCount,
  toInstant,
  toLocalDate,
  toOrderId,
  toStatusCode,
  toTn,
  typeOfServiceFromWire,
  ynToBool,
} from '../../src/upstream/wire.js';

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

describe('wire: enumerations', () => {
  it('TN status labels, codes and model names', () => {
    expect(tnStatusFromWire('In Service')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('Pending')).toBe('PENDING');
    expect(tnStatusFromWire('Pending Disconnect')).toBe('PENDING_DISCONNECT');
    expect(tnStatusFromWire('INSVC')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('PNDNG')).toBe('PENDING');
    expect(tnStatusFromWire('PDISC')).toBe('PENDING_DISCONNECT');
    expect(tnStatusFromWire('IN_SERVICE')).toBe('IN_SERVICE');
    expect(tnStatusFromWire('Aging')).toBeUndefined();
    expect(tnStatusToCode('PENDING_DISCONNECT')).toBe('PDISC');
    expect(tnStatusToLabel('IN_SERVICE')).toBe('In Service');
  });
  it('order status names and codes', () => {
    expect(orderStatusFromWire('Closed')).toBe('CLOSED');
    expect(orderStatusFromWire('Pending Cancel')).toBe('PENDING_CANCEL');
    expect(orderStatusFromWire('Canceled')).toBe('CANCELED');
    expect(orderStatusFromWire('Cancelled')).toBe('CANCELED');
    expect(orderStatusFromWire('Incomplete')).toBe('INCOMPLETE');
    expect(orderStatusFromWire('CLSD')).toBe('CLOSED');
    expect(orderStatusFromWire('PCNCL')).toBe('PENDING_CANCEL');
    expect(orderStatusToCode('INCOMPLETE')).toBe('INCOMPLT');
    expect(orderStatusToCode('CANCELED')).toBe('CNCL');
    expect(orderStatusToCode('CLOSED')).toBe('CLSD');
    expect(orderStatusToCode('PENDING')).toBe('PENDING');
  });
  it('products and service order types', () => {
    expect(productToCode('TELEPHONE_NUMBER')).toBe(103);
    expect(productToCode('PORT_IN')).toBe(113);
    expect(productToCode('TOLL_FREE_INVENTORY')).toBe(134);
    expect(productFromCode('128')).toBe('TN_FEATURE');
    expect(productFromCode(999)).toBeUndefined();
    expect(serviceOrderTypeToCode('DISCONNECT')).toBe('DISCO');
    expect(serviceOrderTypeFromWire('New')).toBe('NEW');
    expect(serviceOrderTypeFromWire('DISCO')).toBe('DISCONNECT');
  });
  it('type of service', () => {
    expect(typeOfServiceFromWire('R')).toBe('RESIDENCE');
    expect(typeOfServiceFromWire('Residence')).toBe('RESIDENCE');
    expect(typeOfServiceFromWire('B')).toBe('BUSINESS');
    expect(typeOfServiceFromWire('Business')).toBe('BUSINESS');
  });
});

describe('wire: exclusions in the status string', () => {
  it('parses the guide example', () => {
    expect(requireStatusExclusions('{2=[6123453624 TN is on an existing order]}')).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
  });
  it('parses several entries and several groups', () => {
    const status =
      '{2=[6123453624 TN is on an existing order, 6123453625 TN is not available, in any form], 5=[6123453626 Invalid trunk group]}';
    expect(requireStatusExclusions(status)).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
      { tn: '6123453625', reason: 'TN is not available, in any form' },
      { tn: '6123453626', reason: 'Invalid trunk group' },
    ]);
  });
  it('a TN without a reason', () => {
    expect(requireStatusExclusions('{1=[6123453624]}')).toEqual([{ tn: '6123453624' }]);
  });
  it('an entry without a TN names the request item at its key (zero-based index, L1706–1733)', () => {
    const requested = ['6123453622', '6123453623', '6123453624'];
    expect(requireStatusExclusions('{2=[TN is on an existing order]}', requested)).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
    expect(requireStatusExclusions('{0=[TN is reserved], 2=[6123453624 TN is on an existing order]}', requested)).toEqual([
      { tn: '6123453622', reason: 'TN is reserved' },
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
    expect(requireStatusExclusions('{6123453623=[TN not available]}', requested)).toEqual([{ tn: '6123453623', reason: 'TN not available' }]);
    // An empty list names nothing; an index past the request is an answer that cannot be read.
    expect(requireStatusExclusions('{1=[]}', requested)).toEqual([]);
    expect(() => requireStatusExclusions('{7=[TN not available]}', requested)).toThrow(/names no number of the request: "TN not available"/);
  });
  it('Success and other texts are no exclusions', () => {
    expect(requireStatusExclusions('Success')).toEqual([]);
    expect(requireStatusExclusions(undefined)).toEqual([]);
    expect(requireStatusExclusions('{}')).toEqual([]);
  });
  it('structured lists (tnReserve form, and wrapped items)', () => {
    expect(parseStructuredExclusions([{ tn: '2015540013' }, { tn: 2015540300 }])).toEqual([{ tn: '2015540013' }, { tn: '2015540300' }]);
    expect(parseStructuredExclusions({ excludedTnItem: [{ tn: 7278482111, excludedReason: 'TN is on an existing order' }] })).toEqual([
      { tn: '7278482111', reason: 'TN is on an existing order' },
    ]);
  });
});

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

  it('toInstant and toLocalDate', () => {
    expect(toInstant('2015-12-21')).toBeUndefined();
    expect(toInstant('2015-12-16 17:09:55.0')).toBe('2015-12-16T17:09:55.000Z');
    expect(toLocalDate('2017-09-18T00:00:00.000+0000')).toBe('2017-09-18');
    expect(toLocalDate('garbage')).toBeUndefined();
  });
});
