import { describe, expect, it } from 'vitest';
import { portInOrderList } from '../../../src/upstream/port-in/port-in-order-list.js';
import { ORDER_LIST_PAGED } from './guide-examples.js';

describe('/portInOrderList', () => {
  it('sends the filters with the status code and pageSort', () => {
    expect(
      portInOrderList.request({ orderId: '1458836', customerOrderReference: '9262NewLNP', status: 'PENDING', page: { size: 1, page: 10 } }),
    ).toEqual({ orderId: 1458836, customerOrderReference: '9262NewLNP', orderStatus: 'PENDING', pageSort: { size: 1, page: 10 } });
  });

  it('reads the paged guide example: counts, counts per port date, rejections, page fields as strings', () => {
    const page = portInOrderList.parse(ORDER_LIST_PAGED, {});
    expect(page).toMatchObject({ page: 1, totalPages: 3, totalItems: 29, searchId: '141213799652' });
    expect(page.items[0]).toEqual({
      orderId: '1458836',
      status: 'PENDING',
      statusLabel: 'Pending',
      customerOrderReference: '9262NewLNP',
      desiredDueDate: '2017-09-26',
      createdAt: '2017-09-19T00:00:00.000Z',
      createdOn: '2017-09-19',
      createdUser: 'test@email.com',
      tnQuantity: 2,
      focTnQuantity: 0,
      rejectedTnQuantity: 1,
      activatedTnQuantity: 1,
      byPortDate: [
        { portDate: '2017-09-26', tnQuantity: 1, focTnQuantity: 0, rejectedTnQuantity: 0, activatedTnQuantity: 1 },
        { tnQuantity: 1, focTnQuantity: 0, rejectedTnQuantity: 1, activatedTnQuantity: 0 },
      ],
      rejections: [{ reason: 'INVALID_ZIP_CODE', label: 'Invalid zip code', count: 1 }],
    });
  });
});
