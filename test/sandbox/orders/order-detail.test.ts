import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

describe('orderDetail', () => {
  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'orderDetail', { orderId: 1026470, orderNumber: 1026470 });
  });

  it('accepts both keys, as the example sends them (L9850)', async () => {
    const seeded = (await h.call('orderList', { pageSort: { size: 1 } })).orderList.orderType[0];
    const r = await h.call('orderDetail', { orderId: seeded.orderId, customerOrderReference: seeded.customerOrderReference });
    expect(r.orderDetailResponse.orderId).toBe(seeded.orderId);
  });
});
