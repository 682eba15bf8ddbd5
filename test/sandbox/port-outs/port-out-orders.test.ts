import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, type J } from '../helpers.js';

const DAY = 86_400_000;
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

const openPortOut = async (tns: string[], extra: J = {}) => Number((await h.control('POST', 'port-outs', { tns, ...extra }))['orderId']);
const listed = async (filter: J): Promise<J[]> => {
  const r = await h.call('orderList', filter);
  return r['statusCode'] === 200 ? (r['orderList']['orderType'] as J[]) : [];
};
const tnStatuses = async (orderId: number) => {
  const d = (await h.call('orderDetail', { orderId }))['orderDetailResponse'] as J;
  return Object.fromEntries((d['tnList']['tnItem'] as J[]).map((i) => [String(i['tn']), i['tnStatus']]));
};

describe('port-out orders in /orderList and /orderDetail', () => {
  it('lists a pending port-out as a productId 114 order, with the filters working on it', async () => {
    const orderId = await openPortOut(['3123489651', '3123489652'], { customerOrderReference: 'GAIN-1', portInDays: 3 });
    const item = (await listed({ productId: 114 }))[0];
    expect(item).toEqual({
      orderId,
      orderStatus: 'Pending',
      productName: 'LNP Port-Out',
      customerOrderReference: 'GAIN-1',
      serviceOrderName: 'Disconnect',
      desiredDueDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      desiredPortTime: '',
      tnQuantity: 2,
      createdDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      createdUser: '',
      lastModifiedString: expect.any(String),
    });
    expect(Date.parse(item!['desiredDueDate']) - Date.parse(item!['createdDate'])).toBe(3 * DAY);
    expect((await listed({ productIdList: '113,114', orderStatus: 'PENDING', tn: 3123489652 })).map((o) => o['orderId'])).toEqual([
      orderId,
    ]);
    expect(
      (await listed({ serviceOrderReference: 'DISCO', createdDateStartRange: item!['createdDate'] })).map((o) => o['orderId']),
    ).toContain(orderId);
    expect(await listed({ productId: 114, orderStatus: 'CLSD' })).toEqual([]);
    expect(await listed({ productId: 114, tn: '3123489653' })).toEqual([]);
    expect((await listed({ productId: 103 })).map((o) => o['orderId'])).not.toContain(orderId);
  });

  it('shows its numbers in /orderDetail, each with its status, as the account answers and the port date passes', async () => {
    const orderId = await openPortOut(['3123489651', '3123489652', '3123489653']);
    const detail = (await h.call('orderDetail', { customerOrderReference: `PORTOUT-${orderId}` }))['orderDetailResponse'] as J;
    expect(detail).toMatchObject({ orderId, orderStatus: 'Pending', productName: 'LNP Port-Out', serviceOrderName: 'Disconnect' });
    expect(detail['tnList']['tnItem'][0]).toMatchObject({ tn: 3123489651, tnStatus: 'Pending', endUser: { name: '' } });
    expect(await tnStatuses(orderId)).toEqual({ '3123489651': 'Pending', '3123489652': 'Pending', '3123489653': 'Pending' });

    await h.call('tnPortOutReject', { tnPortOutReject: { orderId, tn: '3123489651', rejectReason: 'INVZIPCD' } });
    await h.call('portOutApproval', { orderId });
    expect(await tnStatuses(orderId)).toEqual({ '3123489651': 'Invalid zip code', '3123489652': 'Approved', '3123489653': 'Approved' });
    expect((await listed({ orderId }))[0]).toMatchObject({ orderStatus: 'Pending' });

    await h.advance(5 * DAY);
    expect(await tnStatuses(orderId)).toEqual({
      '3123489651': 'Invalid zip code',
      '3123489652': 'Port Complete',
      '3123489653': 'Port Complete',
    });
    expect((await listed({ productId: 114, orderStatus: 'CLSD' })).map((o) => o['orderId'])).toEqual([orderId]);
  });

  it('cancels the order when every number is rejected, and refuses /orderCancel on a port-out', async () => {
    const orderId = await openPortOut(['3123489654']);
    expect(await h.call('orderCancel', { orderId })).toEqual({
      statusCode: '410',
      status: `Invalid Request: order ${orderId} is a port-out; reject its numbers with /tnPortOutReject`,
    });
    await h.call('tnPortOutReject', { tnPortOutReject: { orderId, tn: '3123489654', rejectReason: 'PIN' } });
    expect((await listed({ productId: 114 }))[0]).toMatchObject({ orderId, orderStatus: 'Canceled' });
    expect(await tnStatuses(orderId)).toEqual({ '3123489654': 'PIN required/invalid' });
    // Rejected: the number stays on the account.
    expect(await h.detail('3123489654')).toBeDefined();
  });
});
