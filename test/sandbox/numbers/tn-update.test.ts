import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items } from '../helpers.js';

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

describe('tnUpdate', () => {
  it('tnUpdate moves In Service TNs to another trunk group through an order', async () => {
    const r = await h.call('tnUpdate', {
      customerOrderReference: 'TestOrder03',
      ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }),
    });
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    expect((await h.detail('3123489653'))!.trunkGroup).toBe('CHCGIL24CL1_897');
    await h.advance(10_250);
    const d = await h.detail('3123489653');
    expect(d!.trunkGroup).toBe('CHCGIL24CL1_898');
    expect((await h.call('orderList', { orderId: r.orderId })).orderList.orderType[0]).toMatchObject({
      orderStatus: 'Closed',
      serviceOrderName: 'Change',
    });
    const bad = await h.call('tnUpdate', items([3123489653, 3123489652, 9995550000], { trunkGroup: 'BOGUS_1' }));
    expect(bad).toEqual({
      status:
        '{0=[3123489653 Invalid trunk group name BOGUS_1], 1=[3123489652 Invalid trunk group name BOGUS_1], 2=[9995550000 TN is not assigned to this customer]}',
      statusCode: '200',
      orderId: 'null',
    });
  });

  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and creates no order", async () => {
    await expectUnrecognized(h, 'tnUpdate', { ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }), trunkGroup: 'CHCGIL24CL1_898' });
    await expectUnrecognized(h, 'tnUpdate', items([3123489653], { trunkGroupName: 'CHCGIL24CL1_898' }));
    await expectUnrecognized(h, 'tnUpdate', { tnUpdate: { ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }), note: 'x' } });
    expect(await h.call('orderList', { orderStatus: 'INCOMPLT' })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });
});
