import { describe, expect, it } from 'vitest';
import { portInOrderTnList } from '../../../src/upstream/port-in/port-in-order-tn-list.js';
import { TN_LIST } from './guide-examples.js';

describe('/portInOrderTnList', () => {
  it('sends nothing but the key', () => {
    expect(portInOrderTnList.request()).toEqual({});
  });

  it('reads one row per number, tn as a string, createdUser trimmed, status read from tnStatus', () => {
    const rows = portInOrderTnList.parse(TN_LIST, undefined);
    expect(rows).toEqual([
      {
        tn: '2033075990',
        orderId: '1437326',
        customerOrderReference: 'customerRef12345',
        orderStatus: 'PENDING',
        desiredDueDate: '2017-09-18',
        createdAt: '2017-08-07T00:00:00.000Z',
        createdUser: 'test@email.com',
        status: 'PENDING_FOC',
        statusLabel: 'Pending',
        tnGroup: 'Group ID 521021 - Broadvox:787F - SVR/1',
      },
      expect.objectContaining({ tn: '2034242061', status: 'FOC_SECURED', statusLabel: 'Received FOC' }),
    ]);
  });

  it('reads a rejection reason in tnStatus as jeopardy with its reason', () => {
    const row = { ...TN_LIST.orderList.orderType[0], tnStatus: 'PIN required/invalid', rejectReasonName: 'PIN required/invalid' };
    expect(portInOrderTnList.parse({ orderList: { orderType: [row] } }, undefined)[0]).toMatchObject({
      status: 'JEOPARDY',
      jeopardyReason: 'PIN_REQUIRED_INVALID',
      rejectReason: 'PIN required/invalid',
    });
  });
});
