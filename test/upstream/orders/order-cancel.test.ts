import { describe, expect, it } from 'vitest';
import { orderCancel } from '../../../src/upstream/orders/order-cancel.js';

describe('/orderCancel', () => {
  it('is a write addressed by orderId (a JSON number) or customerOrderReference, answering nothing', () => {
    expect(orderCancel.kind).toBe('write');
    expect(orderCancel.request({ orderId: '1026470' })).toEqual({ orderId: 1026470 });
    expect(orderCancel.request({ customerOrderReference: 'customerRef12345' })).toEqual({ customerOrderReference: 'customerRef12345' });
    expect(orderCancel.parse({ statusCode: '200', status: 'Success' }, { orderId: '1026470' })).toBeUndefined();
  });
});
