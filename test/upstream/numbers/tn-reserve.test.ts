import { describe, expect, it } from 'vitest';
import { tnRelease } from '../../../src/upstream/numbers/tn-release.js';
import { tnReserve } from '../../../src/upstream/numbers/tn-reserve.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnReserve and /tnRelease → BatchOutcome', () => {
    const tns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];
    expect(tnReserve.parse(parse(guide.TN_RESERVE_PARTIAL), { tns: tns })).toEqual({
      requested: 5,
      succeeded: 3,
      excluded: ['2015540013', '2015540300'],
    });
    expect(tnRelease.parse(parse(guide.TN_RELEASE_EXCLUDED), { tns: ['1234567890'] })).toEqual({
      requested: 1,
      succeeded: 0,
      excluded: ['1234567890'],
    });
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/tnReserve and /tnRelease: tn as a string', () => {
    expect(tnReserve.request({ tns: ['2015540010', '2015540011'] })).toEqual({
      tnReserve: { tnList: { tnItem: [{ tn: '2015540010' }, { tn: '2015540011' }] } },
    });
    expect(tnRelease.request({ tns: ['1234567890'] })).toEqual({ tnRelease: { tnList: { tnItem: [{ tn: '1234567890' }] } } });
  });
});
