import { describe, expect, it } from 'vitest';
import { excludedTnList } from '../../../src/upstream/orders/excluded-tn-list.js';
import { orderAddNote } from '../../../src/upstream/orders/order-add-note.js';
import { orderRefRequest } from '../../../src/upstream/shared/order-ref.js';
import { UpstreamError } from '../../../src/upstream/core/errors.js';

describe('request builders emit what the guide examples emit', () => {
  it('order references: orderId as a number, or customerOrderReference', () => {
    expect(orderRefRequest('orderDetail', { orderId: '1054832' })).toEqual({ orderId: 1054832 });
    expect(orderRefRequest('orderCancel', { customerOrderReference: 'customerRef12345' })).toEqual({
      customerOrderReference: 'customerRef12345',
    });
    expect(orderAddNote.request({ ref: { orderId: '1026470' }, note: 'Note text' })).toEqual({ orderId: 1026470, orderNote: 'Note text' });
    expect(excludedTnList.request({ tn: '7278482111' })).toEqual({ tn: '7278482111' });
    expect(() => orderRefRequest('orderDetail', { orderId: '' })).toThrow(UpstreamError);
  });
});
