import { describe, expect, it } from 'vitest';
import { tnInventoryCoverage } from '../../../src/upstream/numbers/tn-inventory-coverage.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnInventoryCoverage → CoverageEntry[] (rcAbbre/locState, padding trimmed)', () => {
    expect(tnInventoryCoverage.parse(parse(guide.TN_INVENTORY_COVERAGE), {})).toEqual([
      { npa: '201', nxx: '389', lata: '224', rateCenter: 'SAN PEDRO', province: 'NJ', count: 973 },
      { npa: '202', nxx: '335', lata: '236', rateCenter: 'SAN PEDRO', province: 'DC', count: 9972 },
      { npa: '202', nxx: '609', lata: '236', rateCenter: 'SAN PEDRO', province: 'DC', count: 25 },
    ]);
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/tnInventoryCoverage', () => {
    expect(tnInventoryCoverage.request({ rateCenter: 'SAN PEDRO', wireless: true, countBy: 'NPA_NXX' })).toEqual({
      countBy: 'npaNxx',
      rateCenter: 'SAN PEDRO',
      wireless: 'Y',
    });
  });
});
