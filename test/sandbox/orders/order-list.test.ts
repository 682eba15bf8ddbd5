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

describe('orderList', () => {
  it('filters orderList', async () => {
    const seeded = await h.call('orderList', { pageSort: { size: 5 } });
    expect(Number(seeded.totalItems)).toBeGreaterThan(20);
    expect(seeded.orderList.orderType).toHaveLength(5);
    // statusCode as the JSON number the guide's example shows (L9794).
    expect(seeded.statusCode).toBe(200);
    expect(seeded.orderList.orderType[0].lastModifiedString).toMatch(/^\d{23}[+-]\d{4}$/);
    const byTn = await h.call('orderList', { tn: 3123489651 });
    expect(byTn.orderList.orderType).toHaveLength(1);
    expect(byTn.orderList.orderType[0]).toMatchObject({ orderStatus: 'Closed', productName: 'Telephone Number' });

    const dis = await h.call('tnDisconnect', { customerOrderReference: 'TestOrder05', ...items([3123489654, 3123489655]) });
    const feat = await h.call('tnFeatureOrder', {
      tnFeatureOrder: { customerOrderReference: 'F1', ...items([3124795862], { tnFeature: { callerId: { cnamDip: 'Y' } } }) },
    });
    expect((await h.call('orderList', { serviceOrderReference: 'DISCO' })).orderList.orderType.map((o: J) => o.orderId)).toEqual([
      Number(dis.orderId),
    ]);
    expect((await h.call('orderList', { productId: 128 })).orderList.orderType.map((o: J) => o.orderId)).toEqual([Number(feat.orderId)]);
    expect((await h.call('orderList', { productId: 128, productIdList: '103' })).orderList.orderType.length).toBeGreaterThan(1);
    expect((await h.call('orderList', { customerOrderReference: 'TestOrder05' })).orderList.orderType[0]).toMatchObject({
      serviceOrderName: 'Disconnect',
      orderStatus: 'Incomplete',
      tnQuantity: 2,
    });
    const today = (await h.control('GET', 'clock')).now.slice(0, 10);
    expect((await h.call('orderList', { createdDateStartRange: today })).orderList.orderType).toHaveLength(2);
    expect(await h.call('orderList', { createdDateStartRange: '2099-01-01' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect((await h.call('orderList', { orderStatus: 'BOGUS' })).statusCode).toBe('416');
  });

  it('answers a malformed tn filter with 409 "Invalid TN submitted:" (L2647–L2651, L2722)', async () => {
    expect(await h.call('orderList', { tn: '312348965' })).toEqual({ status: 'Invalid TN submitted:[312348965]', statusCode: '409' });
  });

  it("refuses an unknown field, at the top or in pageSort, with the guide's 400", async () => {
    await expectUnrecognized(h, 'orderList', { status: 'CLSD' });
    await expectUnrecognized(h, 'orderList', { pageSort: { size: 5, limit: 5 } });
    await expectUnrecognized(h, 'orderList', { searchId: 'abc' });
  });

  it('accepts every field the guide documents', async () => {
    const r = await h.call('orderList', {
      orderId: 1,
      customerOrderReference: 'X',
      productId: 103,
      productIdList: '103,128',
      serviceOrderReference: 'NEW',
      orderStatus: 'CLSD',
      tn: 3123489651,
      createdDateStartRange: '2015-12-20',
      createdDateEndRange: '2099-12-20',
      pageSort: { property: 'orderId', direction: 'asc', size: 5, page: 1, searchId: 'none' },
    });
    expect(r).toEqual({ status: 'No Results Found', statusCode: '430' });
  });
});
