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
  await choose(h, FOREIGN, { jeopardy: null });
});

describe('portInOrderList', () => {
  it('counts numbers by status overall, per port date, and per rejection reason', async () => {
    await choose(h, [FOREIGN[1]!], { jeopardy: 'Invalid zip code' });
    const { orderId } = await orderPortIn(h, FOREIGN.slice(0, 2), { customerOrderReference: '9262NewLNP' });
    await h.advance(DAY + 11_000);
    const r = await h.call('portInOrderList', { orderId: Number(orderId), customerOrderReference: '9262NewLNP', orderStatus: 'PENDING' });
    expect(r).toMatchObject({ status: 'Success', statusCode: '200', page: '1', totalPages: '1', totalItems: '1' });
    const o = r.orderList.orderType[0];
    expect(o).toMatchObject({
      orderId: Number(orderId),
      orderStatus: 'Pending',
      tnQuantity: 2,
      focTnQuantity: 1,
      rejectedTnQuantity: 1,
      activatedTnQuantity: 0,
    });
    expect(o.focList.focItem).toEqual([
      {
        portDate: expect.stringMatching(/T00:00:00\.000\+0000$/),
        tnQuantity: 1,
        focTnQuantity: 1,
        rejectedTnQuantity: 0,
        activatedTnQuantity: 0,
      },
      { tnQuantity: 1, focTnQuantity: 0, rejectedTnQuantity: 1, activatedTnQuantity: 0 },
    ]);
    expect(o.rejectReasonList.rejectReasonItem).toEqual([{ rejectReason: 'Invalid zip code', rejectedTnQuantity: 1 }]);
  });

  it('searches without an order key, pages, and answers 430 when nothing matches', async () => {
    await orderPortIn(h, [FOREIGN[0]!]);
    await orderPortIn(h, [FOREIGN[1]!]);
    const r = await h.call('portInOrderList', { pageSort: { size: 1, page: 2 } });
    expect(r).toMatchObject({ page: '2', totalPages: '2', totalItems: '2', searchId: expect.any(String) });
    expect((await h.call('portInOrderList', { tn: FOREIGN[1] })).orderList.orderType).toHaveLength(1);
    expect(await h.call('portInOrderList', { orderStatus: 'CLSD' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect((await h.call('portInOrderList', { orderStatus: 'OPEN' })).statusCode).toBe('416');
    await expectUnrecognized(h, 'portInOrderList', { status: 'PENDING' });
  });
});
