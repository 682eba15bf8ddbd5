import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

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

const search = (tnSearchItem: J[], pageSort?: J) =>
  h.call('tnDetail', { tnSearchList: { tnSearchItem }, ...(pageSort ? { pageSort } : {}) });

describe('tnDetail', () => {
  it('returns the guide example TN in the documented shape', async () => {
    const d = await h.detail('2012151499');
    expect(d).toMatchObject({
      tn: 2012151499,
      trunkGroup: 'ATLNGAQS08T_266',
      endUser: {},
      tnFeature: { callerId: { cnamDip: 'N' }, directoryListing: {}, e911: {}, messaging: {} },
      lata: '224',
      rateCenter: 'BAYONNE',
      locName: 'BAYONNE',
      province: 'NJ',
      tnStatus: 'In Service',
      rateCenterTier: 'Tier 0',
      countryCode: '1',
      tnSource: 'NATIVE',
      activateUser: 'api_user',
      wireless: 'Y',
    });
    expect(d!.activateDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('merges many exact tnSearchItems, de-duplicates and paginates with searchId', async () => {
    const all = (await h.call('tnAssignedList')).tnBasicList.tnBasicItem.map((x: J) => String(x.tn)) as string[];
    const wanted = all.slice(0, 25);
    const itemsList = [...wanted, wanted[0]!, '9995550000'].map((tnMask) => ({ tnMask }));
    const p1 = await search(itemsList, { size: 10 });
    expect(p1).toMatchObject({ page: '1', totalPages: '3', totalItems: '25' });
    const p2 = await h.call('tnDetail', { pageSort: { searchId: p1.searchId } });
    const p3 = await h.call('tnDetail', { pageSort: { searchId: p1.searchId } });
    expect(p3.page).toBe('3');
    const got = [...p1.tnList.tnItem, ...p2.tnList.tnItem, ...p3.tnList.tnItem].map((x: J) => String(x.tn));
    expect(got).toEqual([...wanted].sort());
  });

  it('applies masks and filters', async () => {
    const chicago = await search([{ tnMask: '312xxxxxxx', trunkGroupName: 'CHCGIL24CL1_897', tnStatus: 'INSVC' }], { size: 1000 });
    expect(chicago.tnList.tnItem.length).toBeGreaterThan(3);
    expect(chicago.tnList.tnItem.every((x: J) => String(x.tn).startsWith('312') && x.trunkGroup === 'CHCGIL24CL1_897')).toBe(true);
    const byRc = await search([{ tnMask: 'xxxxxxxxxx', rateCenter: 'BAYONNE', 'activateStartDate Range': '2000-01-01T00:00:00.000Z' }], {
      size: 1000,
      property: 'tn',
      direction: 'desc',
    });
    const list = byRc.tnList.tnItem.map((x: J) => x.tn);
    expect(list).toEqual([...list].sort((a: number, b: number) => b - a));
    expect(byRc.tnList.tnItem.every((x: J) => x.rateCenter === 'BAYONNE')).toBe(true);
    const e911 = await search([{ tnMask: 'xxxxxxxxxx', e911: 'Y' }], { size: 1000 });
    expect(e911.tnList.tnItem.every((x: J) => Object.keys(x.tnFeature.e911).length > 0)).toBe(true);
    expect(await search([{ tnMask: '9995550000' }])).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await search([{ rateCenter: 'BAYONNE' }])).toEqual({ status: 'Fields are Required: tnMask', statusCode: '414' });
    expect((await search([{ tnMask: 'xxxxxxxxxx', tnStatus: 'ACTIVE' }])).statusCode).toBe('416');
  });

  it("refuses an unknown field at the top, in a tnSearchItem or in pageSort with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] }, tnMask: '3123489651' });
    await expectUnrecognized(h, 'tnDetail', {
      tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }, { tnMask: 'xxxxxxxxxx', status: 'INSVC' }] },
    });
    await expectUnrecognized(h, 'tnDetail', { tnSearchList: { tnSearchItem: { tnMask: '3123489651', trunkGroup: 'CHCGIL24CL1_897' } } });
    await expectUnrecognized(h, 'tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] }, pageSort: { limit: 10 } });
  });

  it("accepts every search field the guide documents, in the table's spelling with spaces and the example's without", async () => {
    const every = {
      tnMask: 'xxxxxxxxxx',
      tnStatus: 'INSVC',
      trunkGroupName: 'CHCGIL24CL1_897',
      lata: '358',
      rateCenter: 'CHICAGO',
      province: 'IL',
      rateCenterTier: '0',
      portOutPin: 'x',
      tnNote: 'x',
      cnamDip: 'N',
      callingNameContains: 'x',
      callingName: 'N',
      directoryListingContains: 'x',
      directoryListing: 'N',
      e911Contains: 'x',
      e911: 'N',
      messageClass: 'P2P',
      messageType: 'SMS',
      messaging: 'N',
      activateStartDateRange: '2000-01-01T00:00:00.000Z',
      activateEndDateRange: '2100-01-01T00:00:00.000Z',
      activateUser: 'api',
      wireless: 'N',
    };
    const spaced = {
      tnMask: 'xxxxxxxxxx',
      'callingName Contains': 'x',
      'directoryListing Contains': 'x',
      'activateStartDate Range': '2000-01-01T00:00:00.000Z',
      'activateEndDate Range': '2100-01-01T00:00:00.000Z',
    };
    const r = await h.call('tnDetail', {
      tnSearchList: { tnSearchItem: [every, spaced] },
      pageSort: { property: 'tn', direction: 'asc', size: 10, page: 1 },
    });
    expect(r).toEqual({ status: 'No Results Found', statusCode: '430' });
  });
});

describe('/tnDetail acceptable values (L1805–L1821)', () => {
  const search = (item: J) => h.call('tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: 'xxxxxxxxxx', ...item }] } });

  it('answers 416 for a messageClass, messageType, tier, lata or province outside the documented values', async () => {
    expect(await search({ messageClass: 'A2P' })).toEqual({
      status: 'Invalid Input Parameters: messageClass must be one of P2P, A2PLC, A2P8XX',
      statusCode: '416',
    });
    expect(await search({ messageType: 'FAX' })).toEqual({
      status: 'Invalid Input Parameters: messageType must be one of SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT, SMSMMS_ALT',
      statusCode: '416',
    });
    expect((await search({ rateCenterTier: 'Z9' })).statusCode).toBe('416');
    expect(await search({ lata: '35' })).toEqual({ status: 'Invalid Input Parameters: lata must be three digits', statusCode: '416' });
    expect(await search({ province: 'Illinois' })).toEqual({
      status: 'Invalid Input Parameters: province must be a two-letter state or province abbreviation',
      statusCode: '416',
    });
  });

  it('accepts the documented values, and tier 1 as /tnInventory lists it (L830)', async () => {
    expect((await search({ messageClass: 'P2P', messageType: 'SMS', lata: '358', province: 'il' })).statusCode).toMatch(/^(200|430)$/);
    const atlanta = await search({ rateCenterTier: '1' });
    expect(atlanta.statusCode).toBe('200');
    expect(atlanta.tnList.tnItem.every((x: J) => x.rateCenterTier === 'Tier 1')).toBe(true);
    expect((await search({ rateCenterTier: 'Tier 0' })).statusCode).toBe('200');
  });
});
