import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items, type J } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const reserve = (list: string[]) => h.call('tnReserve', { tnReserve: items(list) });
const release = (list: string[]) => h.call('tnRelease', { tnRelease: items(list) });
const guideTns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];

describe('tnRelease', () => {
  it('reserves, lists and releases (guide examples)', async () => {
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await reserve(guideTns)).toEqual({
      status: 'Success',
      statusCode: '200',
      tnReserveResponse: { totalTnCount: 5, reservedTnCount: 5 },
    });
    const list = await h.call('tnReservedList');
    expect(list.reservedTns.map((x: J) => x.telephoneNumber)).toEqual(guideTns);
    expect(list.reservedTns[0]).toMatchObject({
      rateCenter: 'RIDGWOOD',
      lata: '224',
      province: 'NJ',
      isWireless: 'N',
      rateCenterTier: '0',
      countryCode: '1',
    });
    expect(list.reservedTns[0]).toHaveProperty('allowPortOutPin');
    // Reserved TNs leave the searchable inventory.
    expect(await h.call('tnInventory', { tnMask: '201554001x' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await release([...guideTns.slice(0, 3), '1234567890'])).toEqual({
      status: 'Success',
      statusCode: '200',
      tnReleaseResponse: { totalTnCount: 4, releasedTnCount: 3, excludedTnList: [{ tn: '1234567890' }] },
    });
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540013', '2015540300']);
  });

  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and releases nothing", async () => {
    await reserve(guideTns);
    await expectUnrecognized(h, 'tnRelease', { tnRelease: items(guideTns), force: 'Y' });
    await expectUnrecognized(h, 'tnRelease', { tnRelease: items(guideTns, { reason: 'done' }) });
    expect((await h.call('tnReservedList')).reservedTns).toHaveLength(5);
  });
});
