import { describe, expect, it } from 'vitest';
import { tnAssignedList } from '../../../src/upstream/numbers/tn-assigned-list.js';
import { tnDetail } from '../../../src/upstream/numbers/tn-detail.js';
import { excludedTnList } from '../../../src/upstream/orders/excluded-tn-list.js';
import { orderDetail } from '../../../src/upstream/orders/order-detail.js';
import { orderList } from '../../../src/upstream/orders/order-list.js';
import { orderNote } from '../../../src/upstream/orders/order-note.js';
import type { OrderRef } from '../../../src/upstream/shared/order-ref.js';

/** The mapping reads the request's order reference only for an answer that names no order. */
const NO_REF = {} as OrderRef;

describe('mappers: documented variants', () => {
  it('list wrappers that arrive as plain arrays or single objects', () => {
    expect(tnAssignedList.parse({ statusCode: '200', tnBasicList: [{ tn: '2012512771', tnStatus: 'Pending' }] })).toEqual([
      { tn: '2012512771', status: 'PENDING' },
    ]);
    expect(
      tnDetail.parse({ statusCode: '200', tnList: [{ tn: 2012151499, tnStatus: 'In Service' }] }, { criteria: [] }).items.map((i) => i.tn),
    ).toEqual(['2012151499']);
    expect(
      tnDetail.parse({ statusCode: '200', tnList: { tnItem: { tn: 2012151499, tnStatus: 'In Service' } } }, { criteria: [] }).items,
    ).toHaveLength(1);
    expect(orderList.parse({ statusCode: 200, orderList: [{ orderId: 1026470, orderStatus: 'Closed' }] }, {}).items).toEqual([
      { orderId: '1026470', status: 'CLOSED', statusLabel: 'Closed' },
    ]);
    expect(
      orderList.parse({ statusCode: 200, orderList: { orderType: { orderId: '1026470', orderStatus: 'CLSD' } } }, {}).items,
    ).toHaveLength(1);
    expect(orderNote.parse({ statusCode: 200, orderNote: { orderNoteType: { noteId: 29984650, note: 'n' } } }, { orderId: '1' })).toEqual([
      { noteId: '29984650', note: 'n' },
    ]);
    expect(
      excludedTnList.parse({ statusCode: '200', excludedTnList: [{ tn: '7278482111', excludedReason: 'r' }] }, { orderId: '1' }),
    ).toEqual([{ tn: '7278482111', reason: 'r' }]);
    expect(
      orderDetail.parse(
        { statusCode: '200', orderDetailResponse: { orderId: 1, orderStatus: 'Closed', tnList: [{ tn: 7735162004 }] } },
        NO_REF,
      ).lines,
    ).toEqual([{ tn: '7735162004' }]);
  });
});
