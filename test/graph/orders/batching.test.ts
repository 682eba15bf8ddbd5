import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run, tnRecord } from '../helpers.js';

describe('order loaders', () => {
  it('orders of a number: one /orderList per distinct TN', async () => {
    const fake = createFake();
    fake.records.set('3125550100', tnRecord('3125550100'));
    fake.orders.set('1', orderDetail('1', ['3125550100']));
    const result = await run(
      depsFor(fake),
      `{ a: telephoneNumber(tn: "3125550100") { orders { totalCount nodes { id type product } } } b: telephoneNumber(tn: "3125550100") { orders { totalCount } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.a.orders.nodes).toEqual([{ id: '1', type: 'NEW', product: 'TELEPHONE_NUMBER' }]);
    expect(fake.count('orderList')).toBe(1);
  });

  it('runs single-key reads (/orderDetail) at most singleKeyConcurrency at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    const fake = createFake({
      orders: {
        orderDetail: async (ref) => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight -= 1;
          const id = 'orderId' in ref ? ref.orderId : '';
          return orderDetail(id, []);
        },
      },
    });
    for (let i = 0; i < 20; i++) fake.orders.set(String(2000 + i), orderDetail(String(2000 + i), []));
    const result = await run(depsFor(fake, { singleKeyConcurrency: 3 }), `{ orders(first: 20) { nodes { id lines { nodes { tn } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(fake.count('orderDetail')).toBe(20);
    expect(peak).toBe(3);
  });
});
