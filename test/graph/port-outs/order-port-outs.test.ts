import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run } from '../helpers.js';

describe('Order.portOuts', () => {
  it("reads the account's port-out history once for every order asked, and lists each order's numbers", async () => {
    const fake = createFake({
      portOuts: {
        tnPortOutHistory: async () => [
          {
            orderId: '1385129',
            tn: '3028303232',
            status: 'CLOSED',
            createdAt: '2017-05-24T00:00:00.000Z',
            portedAt: '2017-06-01T00:00:00.000Z',
          },
          { orderId: '1356221', tn: '3216667663', status: 'CANCELED' },
        ],
      },
    });
    fake.orders.set('1385129', { ...orderDetail('1385129', ['3028303232']), productName: 'LNP Port-Out' });
    fake.orders.set('7', orderDetail('7', ['3125550100']));
    const result = await run(
      depsFor(fake),
      `{ a: order(id: "1385129") { portOuts { orderId tn status portDate numberStatus } } b: order(id: "7") { portOuts { tn } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.a.portOuts).toEqual([
      {
        orderId: '1385129',
        tn: '3028303232',
        status: 'CLOSED',
        portDate: new Date('2017-06-01T00:00:00.000Z'),
        // A closed port-out's numbers left.
        numberStatus: 'PORTED',
      },
    ]);
    expect(result.data.b.portOuts).toEqual([]);
    expect(fake.count('tnPortOutHistory')).toBe(1);
  });
});
