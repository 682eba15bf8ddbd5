import { describe, expect, it } from 'vitest';
import { tnUpdate } from '../../../src/upstream/numbers/tn-update.js';

describe('request builders emit what the guide examples emit', () => {
  it('/tnUpdate: no wrapper, customerOrderReference at the top', () => {
    expect(
      tnUpdate.request({ items: [{ tn: '3123489653', trunkGroup: 'CHCGIL24CL1_897' }], customerOrderReference: 'TestOrder03' }),
    ).toEqual({
      customerOrderReference: 'TestOrder03',
      tnList: { tnItem: [{ tn: 3123489653, trunkGroup: 'CHCGIL24CL1_897' }] },
    });
  });
});
