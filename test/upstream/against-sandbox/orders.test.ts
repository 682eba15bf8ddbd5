import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/core/errors.js';
import { control, api, availableTns, useSandbox } from './sandbox-harness.js';

useSandbox();

describe('orders', () => {
  it('lists, reads, annotates and cancels an order', async () => {
    const list = await api.orders.orderList({ status: 'CLOSED', page: { size: 10 } });
    expect(list.items).toHaveLength(10);
    expect(list.items.every((o) => o.status === 'CLOSED')).toBe(true);

    const tns = await availableTns(2);
    const { orderId } = await api.numbers.tnOrder({
      items: tns.map((tn) => ({ tn, features: { callerId: { callingName: 'CANCEL ME' } } })),
    });
    const ref = { orderId: orderId! };
    const noteId = await api.orders.orderAddNote({ ref: ref, note: 'please expedite' });
    expect(noteId).toMatch(/^\d+$/);
    expect((await api.orders.orderNote(ref)).map((n) => n.note)).toContain('please expedite');

    await expect(api.orders.orderCancel(ref)).rejects.toBeInstanceOf(UpstreamError); // still Incomplete: only Pending orders cancel
    await control.advance(11_000);
    await api.orders.orderCancel(ref);
    expect((await api.orders.orderDetail(ref)).status).toBe('PENDING_CANCEL');
    await control.advance(31_000);
    expect((await api.orders.orderDetail(ref)).status).toBe('CANCELED');
  });

  it('lists the orders of one TN and reads excluded numbers', async () => {
    const history = await api.orders.orderList({ tn: '3123489651' });
    expect(history.items.length).toBeGreaterThan(0);
    const [a] = await availableTns(1);
    await api.numbers.tnOrder({ items: [{ tn: a! }, { tn: '3123489651' }] });
    const excluded = await api.orders.excludedTnList({ tn: '3123489651' });
    expect(excluded[0]).toMatchObject({ tn: '3123489651', reason: expect.any(String) });
  });

  it('maps an unknown order to NOT_FOUND', async () => {
    await expect(api.orders.orderDetail({ orderId: '999999999' })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });
});
