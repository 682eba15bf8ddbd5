import { describe, expect, it } from 'vitest';
import { tnReservedList } from '../../../src/upstream/numbers/tn-reserved-list.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnReservedList → ReservedNumber[] (different flag names, tier "0")', () => {
    const list = tnReservedList.parse(parse(guide.TN_RESERVED_LIST));
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual({
      tn: '2012673721',
      rateCenter: 'ORADELL',
      rateCenterName: 'ORADELL',
      lata: '224',
      province: 'NJ',
      city: 'ORADELL',
      wireless: false,
      tier: '0',
      countryCode: '1',
      capabilities: {
        callingName: true,
        directoryListing: true,
        e911: true,
        messaging: true,
        portOutPin: true,
        portOutNotification: true,
      },
    });
  });
});
