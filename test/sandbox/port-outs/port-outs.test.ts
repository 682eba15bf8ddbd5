import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

const openPortOut = async (tns: string[]) => Number((await h.control('POST', 'port-outs', { tns }))['orderId']);
const reject = (orderId: unknown, tn: unknown, rejectReason: unknown) =>
  h.call('tnPortOutReject', { tnPortOutReject: { orderId, tn, rejectReason } });

describe('port-outs', () => {
  it('opens port-outs only against numbers on the account', async () => {
    expect(await h.control('POST', 'port-outs', { tns: ['2125550000'] })).toEqual({
      error: 'not on the account or already porting out: 2125550000',
    });
    const orderId = await openPortOut(['3123489651']);
    expect(await h.control('POST', 'port-outs', { tns: ['3123489651'] })).toMatchObject({ error: expect.stringMatching(/already/) });
    expect(orderId).toBeGreaterThan(0);
  });

  it("rejects a number (the guide's request), then the approved rest ports on the port date and shows in the history", async () => {
    const orderId = await openPortOut(['3123489651', '3123489652']);
    expect(await reject(orderId, '3123489651', 'INVZIPCD')).toEqual({ statusCode: '200', status: 'Success' });
    expect(await h.call('portOutApproval', { orderId })).toEqual({ statusCode: '200', status: 'Success' });
    expect(await reject(orderId, '3123489652', 'PIN')).toEqual({ statusCode: '410', status: 'Invalid Order Id' });
    expect(await h.call('tnPortOutHistory')).toEqual({ statusCode: '430', status: 'No Results Found' });
    await h.advance(5 * DAY);
    const history = await h.call('tnPortOutHistory');
    expect(history).toEqual({
      status: 'Success',
      statusCode: '200',
      orderList: {
        orderType: [
          {
            orderId,
            orderStatus: 'Closed',
            createdDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00\.000\+0000$/),
            portDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00\.000\+0000$/),
            tn: '3123489652',
          },
        ],
      },
    });
    // Ported away: no longer the account's.
    expect(await h.detail('3123489652')).toBeUndefined();
    expect(await h.detail('3123489651')).toBeDefined();
    expect(await h.call('portOutApproval', { orderId })).toEqual({ statusCode: '432', status: `Order ${orderId} is not pending` });
  });

  it('cancels the order when every number is rejected; history lists them all', async () => {
    const orderId = await openPortOut(['3123489653']);
    await reject(orderId, 3123489653, 'AUTHNMMIS');
    const history = await h.call('tnPortOutHistory');
    expect(history['orderList']['orderType']).toEqual([expect.objectContaining({ orderId, orderStatus: 'Canceled', tn: '3123489653' })]);
  });

  it("answers the guide's codes for bad requests", async () => {
    const orderId = await openPortOut(['3123489654']);
    expect(await h.call('tnPortOutReject', { tnPortOutReject: { orderId } })).toEqual({
      statusCode: '414',
      status: 'Fields Required are missing',
    });
    expect(await reject(orderId + 1000, '3123489654', 'PIN')).toEqual({ statusCode: '410', status: 'Invalid Order Id' });
    expect(await reject(orderId, '3123489655', 'PIN')).toEqual({ statusCode: '410', status: 'Invalid Order Id' });
    expect(await reject(orderId, '3123489654', 'NOPE')).toEqual({ statusCode: '416', status: 'Invalid Input Parameters: rejectReason' });
    expect(await h.call('portOutApproval', { orderId: 1 })).toEqual({ statusCode: '432', status: 'Invalid Order Id' });
    expect(await h.call('portOutApproval', {})).toEqual({ statusCode: '432', status: 'Fields Required are missing: orderId' });
    await expectUnrecognized(h, 'portOutApproval', { orderId, tn: '3123489654' });
  });
});
