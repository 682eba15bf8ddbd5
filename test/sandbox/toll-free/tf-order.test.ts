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

const order = (productAbbr: string, tnItem: object[], extra: object = {}) =>
  h.call('tfOrder', { productAbbr, tfOrder: { customerOrderReference: 'TestOrder08', ...extra, tnList: { tnItem } } });
const detail = async (tn: string) =>
  (await h.call('tfDetail', { tfSearchList: { tfSearchItem: [{ tnMask: tn }] } }))['tfList']?.['tfItem']?.[0];

describe('tfOrder', () => {
  it('8XXAVAIL activates at once and packs refused numbers into status, with no orderId (the guide example)', async () => {
    const r = await order('8XXAVAIL', [
      { tn: 8442255669, routingLabel: 'NTCHI-1050-8XX-950' },
      { tn: 8006231980, routingLabel: 'NTCHI-1050-8XX-950', tnFeature: { messaging: { messageClass: 'A2P8XX', messageType: 'SMS' } } },
      { tn: 8774514545, routingLabel: 'NTCHI-1050-8XX-950' },
    ]);
    expect(r).toEqual({ status: '{2=[8774514545 TN is marked Not Available in our inventory]}', statusCode: '200' });
    expect(await detail('8442255669')).toMatchObject({ tnStatusRef: 'INSVC', respOrgPrefix: 'LQX01', routingLabel: 'NTCHI-1050-8XX-950' });
    expect((await detail('8006231980')).tnFeature.messaging).toEqual({ messageClass: 'A2P8XX', messageType: 'SMS' });
    const again = await h.call('tfInventory', { tnMask: '8442255669', quantity: 1 });
    expect(again['statusCode']).toBe('430');
  });

  it('8XX creates an order (orderId a string) in the shared order store; the numbers go In Service as it routes them', async () => {
    const r = await order('8XX', [
      { resporId: 'ABC01', tn: 8881235544, routingLabel: 'NTNYC-690-8XX-123', cicList: { cic: ['0913', '0222'] }, tnNote: 'Sample Note' },
    ]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    expect(await detail('8881235544')).toMatchObject({ tnStatusRef: 'PNDNG', respOrgPrefix: 'ABC01', cic: '0913,0222' });
    const listed = await h.call('orderDetail', { orderId: Number(r['orderId']) });
    expect(listed['orderDetailResponse']).toMatchObject({
      orderStatus: 'Incomplete',
      productName: 'Toll Free Load',
      customerOrderReference: 'TestOrder08',
      // The line carries the number's toll-free members, as the guide's /orderDetail example shows them.
      tnList: {
        tnItem: [
          {
            tn: 8881235544,
            routingLabel: 'NTNYC-690-8XX-123',
            respOrgPrefix: 'ABC01',
            cicList: { cic: ['0913', '0222'] },
            cicCompanyList: { cicCompany: ['Inteliquent', 'AT&T'] },
          },
        ],
      },
    });
    const byProduct = await h.call('orderList', { productId: 122 });
    expect(byProduct['orderList']['orderType'].map((o: { orderId: number }) => o.orderId)).toEqual([Number(r['orderId'])]);
    await h.advance(60_000);
    expect(await detail('8881235544')).toMatchObject({ tnStatusRef: 'INSVC' });
    expect((await h.call('orderDetail', { orderId: Number(r['orderId']) }))['orderDetailResponse']['orderStatus']).toBe('Closed');
  });

  it("8XX refuses a RespOrg that is not the customer's; 8XXPORTIN requires loa Y", async () => {
    const r = await order('8XX', [{ resporgId: 'QYR01', tn: 8881235544, routingLabel: 'NTNYC-690-8XX-123' }]);
    expect(r).toEqual({ status: '{0=[8881235544 RespOrg QYR01 does not belong to your company]}', statusCode: '200' });
    expect(await order('8XXPORTIN', [{ tn: 8881235544, routingLabel: 'NTNYC-690-8XX-123' }])).toEqual({
      status: 'Fields are Required: loa',
      statusCode: '414',
    });
    expect((await order('8XXPORTIN', [{ tn: 8881235544, routingLabel: 'NTNYC-690-8XX-123' }], { loa: 'Y' }))['orderId']).toBeDefined();
  });

  it('checks the request: productAbbr, routingLabel, resporgId length, calling name', async () => {
    expect(await order('8YY', [{ tn: 8881235544, routingLabel: 'X' }])).toEqual({
      status: 'Invalid Input Parameters: productAbbr must be 8XX, 8XXPORTIN or 8XXAVAIL',
      statusCode: '416',
    });
    expect(await order('8XXAVAIL', [{ tn: 8442255669 }])).toEqual({ status: 'Fields are Required: routingLabel', statusCode: '414' });
    expect((await order('8XX', [{ tn: 8881235544, resporgId: 'ABC0', routingLabel: 'X' }]))['status']).toContain('five characters');
    const name = await order('8XXAVAIL', [
      { tn: 8442255669, routingLabel: 'NTCHI-1050-8XX-950', tnFeature: { callerId: { callingName: '1234' } } },
    ]);
    expect(name['status']).toContain('at least 1 alpha character');
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfOrder', {
      productAbbr: '8XXAVAIL',
      tfOrder: { tnList: { tnItem: [{ tn: 8442255669, trunkGroup: 'X' }] } },
    });
  });
});
