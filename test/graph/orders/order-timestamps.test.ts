/** Where each order timestamp is read from: /orderDetail, /orderList, or both. */
import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run } from '../helpers.js';

describe('order timestamps', () => {
  const withDates = (id: string) => ({
    ...orderDetail(id, []),
    createdOn: '2015-12-21',
    createdAt: '2015-12-21T16:02:03.004Z',
    lastModified: '2015-12-22T19:57:29.830Z',
    desiredDueDate: '2015-12-31',
  });

  it('by id: createdAt from the detail, lastModifiedAt from one /orderList call by orderId', async () => {
    // As the carrier: /orderDetail has no lastModified, /orderList has it and a date-only createdDate.
    const { lastModified, ...detail } = withDates('1');
    const { lines: _l, notes: _n, createdAt: _t, ...summary } = withDates('1');
    const fake = createFake({ orders: { orderList: async () => ({ items: [summary], page: 1, totalPages: 1, totalItems: 1 }) } });
    fake.orders.set('1', detail);
    const result = await run(depsFor(fake), `{ order(id: "1") { createdOn createdAt lastModifiedAt desiredDueDate } }`);
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.data))).toEqual({
      order: { createdOn: '2015-12-21', createdAt: '2015-12-21T16:02:03.004Z', lastModifiedAt: lastModified, desiredDueDate: '2015-12-31' },
    });
    expect(fake.count('orderDetail')).toBe(1);
    expect(fake.count('orderList')).toBe(1);
    expect(fake.calls['orderList']![0]![0]).toMatchObject({ orderId: '1' });
  });

  it('in a list: createdOn and lastModifiedAt from the list; createdAt from the detail, as the list has the date only', async () => {
    const { lines: _l, notes: _n, createdAt: _t, ...summary } = withDates('1');
    const fake = createFake({ orders: { orderList: async () => ({ items: [summary], page: 1, totalPages: 1, totalItems: 1 }) } });
    fake.orders.set('1', withDates('1'));
    const listed = await run(depsFor(fake), `{ orders { nodes { createdOn lastModifiedAt } } }`);
    expect(JSON.parse(JSON.stringify(listed.data.orders.nodes))).toEqual([
      { createdOn: '2015-12-21', lastModifiedAt: '2015-12-22T19:57:29.830Z' },
    ]);
    expect(fake.count('orderDetail')).toBe(0);
    const timed = await run(depsFor(fake), `{ orders { nodes { createdAt } } }`);
    expect(JSON.parse(JSON.stringify(timed.data.orders.nodes))).toEqual([{ createdAt: '2015-12-21T16:02:03.004Z' }]);
    expect(fake.count('orderDetail')).toBe(1);
  });
});
