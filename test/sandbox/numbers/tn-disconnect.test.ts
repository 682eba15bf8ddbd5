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

const search = (tnSearchItem: J[], pageSort?: J) =>
  h.call('tnDetail', { tnSearchList: { tnSearchItem }, ...(pageSort ? { pageSort } : {}) });

describe('tnDisconnect', () => {
  it('tnDisconnect: Pending Disconnect, then removed when the order closes', async () => {
    const r = await h.call('tnDisconnect', {
      customerOrderReference: 'TestOrder05',
      tnList: { tnItem: [{ tn: 3123489654 }, { tn: 3123489655 }] },
    });
    expect(r.orderId).toMatch(/^\d+$/);
    expect((await h.detail('3123489654'))!.tnStatus).toBe('Pending Disconnect');
    expect((await search([{ tnMask: '312348965x', tnStatus: 'PDISC' }])).tnList.tnItem.map((x: J) => x.tn)).toEqual([
      3123489654, 3123489655,
    ]);
    expect((await h.call('tnDisconnect', items([3123489654]))).status).toBe(
      '{0=[3123489654 TN is not In Service (status Pending Disconnect)]}',
    );
    await h.advance(10_000 + 500);
    expect(await h.detail('3123489654')).toBeUndefined();
    expect((await h.call('tnAssignedList')).tnBasicList.tnBasicItem).not.toContainEqual(expect.objectContaining({ tn: 3123489654 }));
    expect((await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse).toMatchObject({
      orderStatus: 'Closed',
      serviceOrderName: 'Disconnect',
    });
  });

  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and disconnects nothing", async () => {
    await expectUnrecognized(h, 'tnDisconnect', { ...items([3123489654]), reason: 'moving' });
    await expectUnrecognized(h, 'tnDisconnect', items([3123489654], { trunkGroup: 'CHCGIL24CL1_897' }));
    expect((await h.detail('3123489654'))!.tnStatus).toBe('In Service');
  });
});
