import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';
import { choose, DAY, FOREIGN, orderPortIn } from './port-fixtures.js';

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
  await choose(h, FOREIGN, { jeopardy: null, losingCarrier: 'Broadvox:787F - SVR/1' });
});

describe('portInOrderTnList', () => {
  it('lists one row per number on pending port-ins, tn as a string, with its own status and group', async () => {
    await choose(h, [FOREIGN[2]!], { jeopardy: 'Auth name mismatch' });
    const { orderId } = await orderPortIn(h, FOREIGN, { customerOrderReference: 'customerRef12345' });
    await h.advance(DAY + 11_000);
    const r = await h.call('portInOrderTnList', {});
    expect(r).toMatchObject({ status: 'Success', statusCode: '200' });
    expect(r.orderList.orderType).toHaveLength(3);
    expect(r.orderList.orderType[0]).toEqual({
      orderId: Number(orderId),
      customerOrderReference: 'customerRef12345',
      orderStatus: 'Pending',
      desiredDueDate: expect.stringMatching(/T00:00:00\.000\+0000$/),
      createdDate: expect.stringMatching(/\+0000$/),
      createdUser: 'api_user',
      rejectReasonName: '',
      tn: FOREIGN[0],
      processName: expect.stringContaining('Broadvox:787F - SVR/1'),
      tnStatus: 'Received FOC',
    });
    expect(r.orderList.orderType[2]).toMatchObject({ tnStatus: 'Auth name mismatch', rejectReasonName: 'Auth name mismatch' });
  });

  it('drops closed orders, and refuses any field but privateKey', async () => {
    await orderPortIn(h, [FOREIGN[0]!]);
    await h.advance(6 * DAY);
    expect((await h.call('portInOrderTnList', {})).orderList.orderType).toEqual([]);
    await expectUnrecognized(h, 'portInOrderTnList', { orderId: 1 });
  });
});
