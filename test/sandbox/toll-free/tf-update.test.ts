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

const detail = async (tn: string) =>
  (await h.call('tfDetail', { tfSearchList: { tfSearchItem: [{ tnMask: tn }] } }))['tfList']?.['tfItem']?.[0];

describe('tfUpdate', () => {
  it('moves In Service numbers to another label once the order routes them; refused numbers in status', async () => {
    const r = await h.call('tfUpdate', {
      customerOrderReference: 'TestOrderUpdate',
      tnList: {
        tnItem: [
          { tn: 8002012311, routingLabel: 'NTNYC-690-8XX-124' },
          { tn: 8885550103, routingLabel: 'NTNYC-690-8XX-124' },
        ],
      },
    });
    expect(r).toEqual({ status: '{1=[8885550103 TN is not in service]}', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    expect((await detail('8002012311')).routingLabel).toBe('NTCHI-1050-8XX-950');
    await h.advance(30_000);
    expect((await detail('8002012311')).routingLabel).toBe('NTNYC-690-8XX-124');
  });

  it('accepts a customer-assigned name as the label, refuses an unknown label, needs routingLabel', async () => {
    const r = await h.call('tfUpdate', { tnList: { tnItem: [{ tn: 8002012311, routingLabel: 'East overflow' }] } });
    expect(r['status']).toBe('Success');
    const unknown = await h.call('tfUpdate', { tnList: { tnItem: [{ tn: 8002012312, routingLabel: 'NOPE' }] } });
    expect(unknown).toEqual({ status: '{0=[8002012312 Routing label NOPE is not assigned to your account]}', statusCode: '200' });
    expect(await h.call('tfUpdate', { tnList: { tnItem: [{ tn: 8002012312 }] } })).toEqual({
      status: 'Fields are Required: routingLabel',
      statusCode: '414',
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfUpdate', { tfUpdate: {}, tnList: { tnItem: [{ tn: 8002012311, routingLabel: 'X' }] } });
  });
});

describe('tfDisconnect', () => {
  it('puts numbers Pending Disconnect and removes them when the order closes', async () => {
    const r = await h.call('tfDisconnect', { customerOrderReference: 'TestOrder09', tnList: { tnItem: [{ tn: 8002012312 }] } });
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    expect((await detail('8002012312')).tnStatusRef).toBe('PDISC');
    await h.advance(30_000);
    expect(await detail('8002012312')).toBeUndefined();
    expect((await h.call('orderDetail', { orderId: Number(r['orderId']) }))['orderDetailResponse']['serviceOrderName']).toBe('Disconnect');
  });

  it('refuses numbers that are not In Service; 414 without tnList', async () => {
    expect(await h.call('tfDisconnect', { tnList: { tnItem: [{ tn: 8005550000 }] } })).toEqual({
      status: '{0=[8005550000 TN is not in service]}',
      statusCode: '200',
    });
    expect(await h.call('tfDisconnect', {})).toEqual({ status: 'Fields are Required: tnList.tnItem', statusCode: '414' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfDisconnect', { tnList: { tnItem: [{ tn: 8002012311, routingLabel: 'X' }] } });
  });
});
