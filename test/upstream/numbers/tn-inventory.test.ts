import { describe, expect, it } from 'vitest';
import { tnInventory } from '../../../src/upstream/numbers/tn-inventory.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnInventory → Page<InventoryNumber>', () => {
    const page = tnInventory.parse(parse(guide.TN_INVENTORY), {});
    expect(page).toMatchObject({ page: 1, totalPages: 117, totalItems: 233 });
    expect(page.searchId).toMatch(/^DnF1/);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({
      tn: '3184074100',
      rateCenter: 'COLFAX',
      rateCenterName: 'COLFAX',
      city: 'COLFAX',
      lata: '486',
      province: 'LA',
      tier: '0',
      countryCode: '1',
      capabilities: {
        callingName: true,
        directoryListing: true,
        e911: true,
        messaging: true,
        portOutPin: true,
        portOutNotification: true,
        smsOverride: true,
        mms: true,
        mmsOverride: true,
      },
    });
    expect(page.items[1]!.rateCenterName).toBeUndefined();
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/tnInventory: searchId inside pageSort, Y/N flags', () => {
    expect(
      tnInventory.request({
        tnMask: 'xxxxxx410x',
        searchOnNetOnly: false,
        lata: '486',
        page: { property: 'state', direction: 'asc', page: 1, size: 2, searchId: 'DnF1' },
      }),
    ).toEqual({
      tnMask: 'xxxxxx410x',
      searchOnNetOnly: 'N',
      lata: '486',
      pageSort: { property: 'state', direction: 'asc', page: 1, size: 2, searchId: 'DnF1' },
    });
    expect(tnInventory.request({ tnWildcard: '201335YZ*', wireless: true, quantity: 10 })).toEqual({
      tnWildcard: '201335YZ*',
      wireless: 'Y',
      quantity: 10,
    });
    expect(tnInventory.request({ rateCenter: 'ORADELL', localCallingArea: true, quantity: 10 })).toEqual({
      rateCenter: 'ORADELL',
      localCallingArea: true,
      quantity: 10,
    });
    // Neither mask nor wildcard (and not local): the required all-digits mask.
    expect(tnInventory.request({ province: 'IL' })).toEqual({ tnMask: 'xxxxxxxxxx', province: 'IL' });
  });
});
