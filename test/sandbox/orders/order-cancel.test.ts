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

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });
const status = async (orderId: string) => (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.orderStatus;

describe('orderCancel', () => {
  it('cancels a Pending order: Pending Cancel, then Canceled after review, releasing unrouted TNs', async () => {
    const tns = await h.inventory('773516xxxx', 8);
    const r = await order(tns.map((tn) => ({ tn, tnFeature: { callerId: { callingName: 'ACME' } } })));
    const id = r.orderId as string;
    expect(await h.call('orderCancel', { orderId: Number(id) })).toMatchObject({ statusCode: '410' });
    await h.advance(10_000 + 500); // two TNs routed
    expect(await h.call('orderCancel', { orderId: Number(id), customerOrderReference: 'ignored' })).toEqual({
      status: 'Success',
      statusCode: '200',
    });
    expect(await status(id)).toBe('Pending Cancel');
    expect((await h.call('orderList', { orderStatus: 'PCNCL' })).orderList.orderType[0].orderId).toBe(Number(id));
    await h.advance(60_000);
    expect(await status(id)).toBe('Canceled');
    expect((await h.detail(tns[0]!))!.tnStatus).toBe('In Service');
    expect(await h.detail(tns[2]!)).toBeUndefined();
    expect(await h.inventory(tns[2]!)).toEqual([tns[2]]);
    expect((await h.call('orderCancel', { orderId: Number(id) })).statusCode).toBe('410');
    expect(await h.call('orderCancel', { orderId: 42 })).toEqual({ status: 'Invalid Order Id', statusCode: '410' });
  });

  it('cancelling a Pending disconnect order gives back every number on it, routed or not', async () => {
    const tns = ['3123489651', '3123489652', '3123489653', '3123489654'];
    const r = await h.call('tnDisconnect', items(tns.map(Number)));
    await h.advance(10_000 + 500); // two of four routed; the disconnect takes effect at Closed
    expect(await h.call('orderCancel', { orderId: Number(r.orderId) })).toEqual({ status: 'Success', statusCode: '200' });
    await h.advance(30_000);
    expect(await status(r.orderId)).toBe('Canceled');
    for (const tn of tns) expect((await h.detail(tn))!.tnStatus).toBe('In Service');
    const lines = (await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse.tnList.tnItem;
    expect(lines.map((l: J) => l.tnStatus)).toEqual(['Canceled', 'Canceled', 'Canceled', 'Canceled']);
    // The numbers can be disconnected again.
    expect((await h.call('tnDisconnect', items([3123489651]))).orderId).toMatch(/^\d+$/);
  });

  it("refuses an unknown field with the guide's 400 and cancels nothing", async () => {
    const r = await h.call('tnDisconnect', items([3123489651]));
    await h.advance(10_000);
    await expectUnrecognized(h, 'orderCancel', { orderId: Number(r.orderId), reason: 'changed my mind' });
    expect(await status(r.orderId)).toBe('Pending');
  });
});
