import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, items, type J } from './helpers.js';

let h: Harness;
beforeAll(async () => { h = await Harness.start(); });
afterAll(async () => { await h.close(); });
beforeEach(async () => { await h.control('POST', 'reset', {}); await h.refreshToken(); });

const search = (tnSearchItem: J[], pageSort?: J) => h.call('tnDetail', { tnSearchList: { tnSearchItem }, ...(pageSort ? { pageSort } : {}) });

describe('tnAssignedList / tnDetail', () => {
  it('lists assigned TNs with numeric tn', async () => {
    const r = await h.call('tnAssignedList');
    const list = r.tnBasicList.tnBasicItem as J[];
    expect(list.length).toBeGreaterThan(150);
    expect(list).toContainEqual({ tn: 3123489651, tnStatus: 'In Service' });
    expect(list.every((x) => typeof x.tn === 'number')).toBe(true);
  });

  it('returns the guide example TN in the documented shape', async () => {
    const d = await h.detail('2012151499');
    expect(d).toMatchObject({
      tn: 2012151499, trunkGroup: 'ATLNGAQS08T_266', endUser: {},
      tnFeature: { callerId: { cnamDip: 'N' }, directoryListing: {}, e911: {}, messaging: {} },
      lata: '224', rateCenter: 'BAYONNE', locName: 'BAYONNE', province: 'NJ', tnStatus: 'In Service',
      rateCenterTier: 'Tier 0', countryCode: '1', tnSource: 'NATIVE', activateUser: 'api_user', wireless: 'Y',
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
    const byRc = await search([{ tnMask: 'xxxxxxxxxx', rateCenter: 'BAYONNE', 'activateStartDate Range': '2000-01-01T00:00:00.000Z' }], { size: 1000, property: 'tn', direction: 'desc' });
    const list = byRc.tnList.tnItem.map((x: J) => x.tn);
    expect(list).toEqual([...list].sort((a: number, b: number) => b - a));
    expect(byRc.tnList.tnItem.every((x: J) => x.rateCenter === 'BAYONNE')).toBe(true);
    const e911 = await search([{ tnMask: 'xxxxxxxxxx', e911: 'Y' }], { size: 1000 });
    expect(e911.tnList.tnItem.every((x: J) => Object.keys(x.tnFeature.e911).length > 0)).toBe(true);
    expect(await search([{ tnMask: '9995550000' }])).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await search([{ rateCenter: 'BAYONNE' }])).toEqual({ status: 'Fields are Required: tnMask', statusCode: '414' });
    expect((await search([{ tnMask: 'xxxxxxxxxx', tnStatus: 'ACTIVE' }])).statusCode).toBe('416');
  });
});

describe('changes to assigned TNs', () => {
  it('tnUpdate moves In Service TNs to another trunk group through an order', async () => {
    const r = await h.call('tnUpdate', { customerOrderReference: 'TestOrder03', ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }) });
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    expect((await h.detail('3123489653'))!.trunkGroup).toBe('CHCGIL24CL1_897');
    await h.advance(10_250);
    const d = await h.detail('3123489653');
    expect(d!.trunkGroup).toBe('CHCGIL24CL1_898');
    expect((await h.call('orderList', { orderId: r.orderId })).orderList.orderType[0]).toMatchObject({ orderStatus: 'Closed', serviceOrderName: 'Change' });
    const bad = await h.call('tnUpdate', items([3123489653, 3123489652, 9995550000], { trunkGroup: 'BOGUS_1' }));
    expect(bad).toEqual({ status: '{0=[3123489653 Invalid trunk group name BOGUS_1], 1=[3123489652 Invalid trunk group name BOGUS_1], 2=[9995550000 TN is not assigned to this customer]}', statusCode: '200', orderId: 'null' });
  });

  it('tnFeatureOrder adds, updates and removes features', async () => {
    const r = await h.call('tnFeatureOrder', {
      tnFeatureOrder: {
        customerOrderReference: 'TestOrder04',
        tnList: { tnItem: [
          { tn: 3124795862, endUser: { name: 'Harry Fuzz', typeOfService: 'R' }, tnFeature: { callerId: { callingName: 'Harry Fuzz' }, messaging: { messageClass: 'P2P', messageType: 'SMS' }, directoryListing: { lastName: 'Fuzz', firstName: 'Harry' } } },
          { tn: 3124795863, tnFeature: { callerId: { callingName: 'X'.repeat(16) } } },
        ] },
      },
    });
    expect(r.status).toBe('{1=[3124795863 callingName must be 15 characters or fewer and have at least 1 alpha character]}');
    expect(r.orderId).toMatch(/^\d+$/);
    await h.advance(10_000 + 3_000);
    const d = await h.detail('3124795862');
    expect(d!.tnFeature).toMatchObject({ callerId: { callingName: 'Harry Fuzz' }, messaging: { messageClass: 'P2P', messageType: 'SMS' }, directoryListing: { lastName: 'Fuzz', firstName: 'Harry' } });
    expect(d!.endUser).toMatchObject({ name: 'Harry Fuzz', typeOfService: 'R' });
    const found = await search([{ tnMask: '3124795862', callingNameContains: 'fuzz', messaging: 'Y', messageType: 'SMS' }]);
    expect(found.tnList.tnItem).toHaveLength(1);

    await h.call('tnFeatureOrder', { tnFeatureOrder: items([3124795862], { tnFeature: { callerId: { removeTnFeature: 'Y' }, directoryListing: { removeTnFeature: 'Y' } } }) });
    await h.advance(13_000);
    const after = await h.detail('3124795862');
    expect(after!.tnFeature.callerId.callingName).toBeUndefined();
    expect(after!.tnFeature.directoryListing).toEqual({});
    expect(after!.tnFeature.messaging.messageClass).toBe('P2P');
  });

  it('portOutPinUpdate and tnNoteUpdate apply immediately and are searchable', async () => {
    expect(await h.call('portOutPinUpdate', { portOutPin: items([3123489652], { portOutPin: 'New PIN 9652' }) })).toEqual({ status: 'Success', statusCode: '200' });
    expect(await h.call('tnNoteUpdate', { tnNote: { tnList: { tnItem: [{ tn: 3123489652, tnNote: 'Subaccount A' }, { tn: 3123489651, tnNote: 'Subaccount B' }] } } })).toEqual({ status: 'Success', statusCode: '200' });
    expect(await h.detail('3123489652')).toMatchObject({ portOutPin: 'New PIN 9652', tnNote: 'Subaccount A' });
    const bySearch = await search([{ tnMask: 'xxxxxxxxxx', tnNote: 'subaccount' }], { size: 1000 });
    expect(bySearch.tnList.tnItem.map((x: J) => x.tn)).toEqual(expect.arrayContaining([3123489651, 3123489652]));
    const bad = await h.call('tnNoteUpdate', { tnNote: items([9995550000], { tnNote: 'x' }) });
    expect(bad).toEqual({ status: '{0=[9995550000 TN is not assigned to this customer]}', statusCode: '200' });
    expect(await h.call('portOutPinUpdate', {})).toEqual({ status: 'Fields are Required: portOutPin', statusCode: '414' });
  });

  it('tnDisconnect: Pending Disconnect, then removed when the order closes', async () => {
    const r = await h.call('tnDisconnect', { customerOrderReference: 'TestOrder05', tnList: { tnItem: [{ tn: 3123489654 }, { tn: 3123489655 }] } });
    expect(r.orderId).toMatch(/^\d+$/);
    expect((await h.detail('3123489654'))!.tnStatus).toBe('Pending Disconnect');
    expect((await search([{ tnMask: '312348965x', tnStatus: 'PDISC' }])).tnList.tnItem.map((x: J) => x.tn)).toEqual([3123489654, 3123489655]);
    expect((await h.call('tnDisconnect', items([3123489654]))).status).toBe('{0=[3123489654 TN is not In Service (status Pending Disconnect)]}');
    await h.advance(10_000 + 500);
    expect(await h.detail('3123489654')).toBeUndefined();
    expect((await h.call('tnAssignedList')).tnBasicList.tnBasicItem).not.toContainEqual(expect.objectContaining({ tn: 3123489654 }));
    expect((await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse).toMatchObject({ orderStatus: 'Closed', serviceOrderName: 'Disconnect' });
  });
});
