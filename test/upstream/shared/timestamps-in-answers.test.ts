import { describe, expect, it } from 'vitest';
import { tnDetail } from '../../../src/upstream/numbers/tn-detail.js';
import { excludedTnList } from '../../../src/upstream/orders/excluded-tn-list.js';
import { orderDetail } from '../../../src/upstream/orders/order-detail.js';
import { orderList } from '../../../src/upstream/orders/order-list.js';
import type { OrderRef } from '../../../src/upstream/shared/order-ref.js';

/** The mapping reads the request's order reference only for an answer that names no order. */
const NO_REF = {} as OrderRef;

describe('mappers: documented variants', () => {
  it('dates: every documented shape to ISO instants (UTC) and YYYY-MM-DD dates; unreadable ones are left out', () => {
    // The port-in status examples (L13123): createdDate and desiredDueDate as midnight timestamps with an offset.
    const detail = orderDetail.parse(
      {
        statusCode: '200',
        orderDetailResponse: {
          orderId: 1084675,
          orderStatus: 'Pending',
          createdDate: '2017-06-23T00:00:00.000+0000',
          desiredDueDate: '2017-08-21T00:00:00.000+0000',
          desiredPortTime: '09:00 US/Central',
          orderNotes: [{ note: 'n', insertDate: '2015-12-16T17:09:55.000+0000', insertUser: 'api_user' }],
        },
      },
      NO_REF,
    );
    expect(detail).toMatchObject({
      createdOn: '2017-06-23',
      createdAt: '2017-06-23T00:00:00.000Z',
      desiredDueDate: '2017-08-21',
      desiredPortTime: '09:00 US/Central',
      notes: [{ note: 'n', insertedAt: '2015-12-16T17:09:55.000Z', insertedBy: 'api_user' }],
    });
    // The sandbox's detail: a real time of day.
    expect(
      orderDetail.parse(
        { orderDetailResponse: { orderId: 1, orderStatus: 'Closed', createdDate: '2026-11-22T22:52:19.981+0000' } },
        NO_REF,
      ),
    ).toMatchObject({
      createdOn: '2026-11-22',
      createdAt: '2026-11-22T22:52:19.981Z',
    });
    // An unreadable lastModifiedString or date is absent, not passed on.
    const [garbled] = orderList.parse(
      { orderList: { orderType: [{ orderId: 1, orderStatus: 'Closed', createdDate: '2015-13-45', lastModifiedString: '2015122214' }] } },
      {},
    ).items;
    expect(garbled).toEqual({ orderId: '1', status: 'CLOSED', statusLabel: 'Closed' });
    // Other excluded lists send a midnight timestamp (L4922): still a date.
    expect(
      excludedTnList.parse(
        { excludedTnList: { excludedTnItem: [{ tn: 7278482111, insertDate: '2020-11-25T00:00:00.000Z' }] } },
        { orderId: '1' },
      ),
    ).toEqual([{ tn: '7278482111', insertedOn: '2020-11-25' }]);
    expect(
      tnDetail.parse({ tnList: { tnItem: [{ tn: 2012151499, tnStatus: 'In Service', activateDate: 'yesterday' }] } }, { criteria: [] })
        .items[0],
    ).not.toHaveProperty('activatedAt');
  });
});
