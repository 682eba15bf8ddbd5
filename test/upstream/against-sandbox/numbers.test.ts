import { describe, expect, it } from 'vitest';
import { control, api, availableTns, useSandbox } from './sandbox-harness.js';

useSandbox();

describe('numbers', () => {
  it('searches inventory by mask and wildcard, paging with searchId', async () => {
    const first = await api.numbers.tnInventory({ tnMask: '318407xxxx', page: { size: 5 } });
    expect(first.items).toHaveLength(5);
    expect(first.items.every((n) => n.tn.startsWith('318407'))).toBe(true);
    expect(first.items[0]).toMatchObject({ rateCenter: 'COLFAX', province: 'LA', lata: '486', countryCode: '1' });
    expect(first.totalItems).toBeGreaterThan(5);
    const second = await api.numbers.tnInventory({ tnMask: '318407xxxx', page: { searchId: first.searchId, size: 5 } });
    expect(second.items.map((n) => n.tn)).not.toContain(first.items[0]!.tn);

    const hello = await api.numbers.tnInventory({ tnWildcard: '*HELLO*' });
    expect(hello.items.map((n) => n.tn)).toEqual(expect.arrayContaining(['3124355601', '6304355602']));
  });

  it('reports coverage and maps 414 for wireless to a rejection', async () => {
    const coverage = await api.numbers.tnInventoryCoverage({ province: 'LA' });
    expect(coverage.length).toBeGreaterThan(0);
    expect(coverage[0]).toMatchObject({ npa: '318', province: 'LA' });
    await expect(api.numbers.tnInventoryCoverage({ wireless: true })).rejects.toMatchObject({ kind: 'REJECTED', statusCode: '414' });
  });

  it('reserves, lists and releases numbers', async () => {
    const tns = await availableTns(3);
    const reserved = await api.numbers.tnReserve({ tns: tns });
    expect(reserved).toEqual({ requested: 3, succeeded: 3, excluded: [] });
    expect((await api.numbers.tnReservedList()).map((r) => r.tn).sort()).toEqual([...tns].sort());
    const again = await api.numbers.tnReserve({ tns: [tns[0]!] });
    expect(again.excluded).toEqual([tns[0]]);
    expect(await api.numbers.tnRelease({ tns: tns })).toMatchObject({ succeeded: 3 });
    expect(await api.numbers.tnReservedList()).toEqual([]);
  });

  it('orders numbers: a small order completes synchronously, exclusions come back per TN', async () => {
    const [a, b] = await availableTns(2);
    const assigned = '3123489651';
    const submission = await api.numbers.tnOrder({ items: [{ tn: a! }, { tn: assigned }, { tn: b!, trunkGroup: 'CHCGIL24CL1_897' }] });
    expect(submission.orderId).toBeNull();
    expect(submission.excluded).toEqual([{ tn: assigned, reason: expect.stringMatching(/assigned/i) }]);
    const detail = await api.numbers.tnDetail({ criteria: [{ tnMask: a! }, { tnMask: b! }] });
    expect(detail.items.map((r) => r.tn).sort()).toEqual([a, b].sort());
    expect(detail.items.find((r) => r.tn === b)?.trunkGroup).toBe('CHCGIL24CL1_897');
  });

  it('orders numbers with features: an order id, and the documented lifecycle on the sandbox clock', async () => {
    const [tn] = await availableTns(1);
    const submission = await api.numbers.tnOrder({
      customerOrderReference: 'CONTRACT42',
      items: [{ tn: tn!, trunkGroup: 'CHCGIL24CL1_897', features: { callerId: { callingName: 'ACME CORP' } } }],
    });
    expect(submission.orderId).toMatch(/^\d+$/);
    const ref = { orderId: submission.orderId! };
    expect((await api.orders.orderDetail(ref)).status).toBe('INCOMPLETE');
    await control.advance(11_000);
    expect((await api.orders.orderDetail(ref)).status).toBe('PENDING');
    await control.advance(10_000);
    const closed = await api.orders.orderDetail(ref);
    expect(closed.status).toBe('CLOSED');
    expect(closed.customerOrderReference).toBe('CONTRACT42');
    expect(closed.lines.map((l) => l.tn)).toEqual([tn]);
    const [record] = (await api.numbers.tnDetail({ criteria: [{ tnMask: tn! }] })).items;
    expect(record).toMatchObject({ tn, status: 'IN_SERVICE', trunkGroup: 'CHCGIL24CL1_897' });
    expect(record!.features.callerId?.callingName).toBe('ACME CORP');
  });

  it('reads many TNs in one tnDetail call', async () => {
    const assigned = (await api.numbers.tnAssignedList()).slice(0, 60).map((n) => n.tn);
    await control.clearCalls();
    const page = await api.numbers.tnDetail({ criteria: assigned.map((tn) => ({ tnMask: tn })) });
    expect(page.items.map((r) => r.tn).sort()).toEqual([...assigned].sort());
    expect(await control.servicesCalls('tnDetail')).toHaveLength(1);
  });

  it('changes trunk group, features, PIN and note, then disconnects', async () => {
    const tn = '3123489652';
    const update = await api.numbers.tnUpdate({ items: [{ tn, trunkGroup: 'CHCGIL24CL1_898' }] });
    expect(update.orderId).toMatch(/^\d+$/);
    expect(await api.numbers.portOutPinUpdate({ items: [{ tn, portOutPin: '4321' }] })).toEqual([]);
    expect(
      await api.numbers.tnNoteUpdate({
        items: [
          { tn, tnNote: 'lobby phone' },
          { tn: '9999999999', tnNote: 'x' },
        ],
      }),
    ).toEqual([{ tn: '9999999999', reason: 'TN is not assigned to this customer' }]);
    const features = await api.numbers.tnFeatureOrder({ items: [{ tn, features: { callerId: { callingName: 'FRONT DESK' } } }] });
    expect(features.orderId).toMatch(/^\d+$/);
    await control.advance(60_000);
    const [record] = (await api.numbers.tnDetail({ criteria: [{ tnMask: tn }] })).items;
    expect(record).toMatchObject({ trunkGroup: 'CHCGIL24CL1_898', note: 'lobby phone', portOutPin: '4321' });
    expect(record!.features.callerId?.callingName).toBe('FRONT DESK');

    const disconnect = await api.numbers.tnDisconnect({ tns: [tn] });
    expect(disconnect.orderId).toMatch(/^\d+$/);
    const [pending] = (await api.numbers.tnDetail({ criteria: [{ tnMask: tn }] })).items;
    expect(pending!.status).toBe('PENDING_DISCONNECT');
  });
});
