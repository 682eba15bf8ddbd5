/**
 * End-to-end: traversals between orders, numbers and trunk groups.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import {
  NumberOrdersTraversalDocument,
  OrderTraversalDocument,
  UpdateTelephoneNumberTrunkGroupDocument,
} from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('traversals', () => {
  it('order → numbers → trunkGroup → telephoneNumbers', async () => {
    const order = ok(await stack.request(OrderTraversalDocument, { id: '1025000' })).order!;
    expect(order.numbers!.nodes.length).toBeGreaterThan(0);
    for (const n of order.numbers!.nodes) {
      expect(n.trunkGroup).not.toBeNull();
      const onGroup = n.trunkGroup!.telephoneNumbers!.nodes.map((x) => x.tn);
      expect(n.trunkGroup!.telephoneNumbers!.totalCount).toBeGreaterThanOrEqual(onGroup.length);
      // Each number is among the numbers of its own trunk group.
      expect(onGroup).toContain(n.tn);
    }
    // The order's numbers are read in one /tnDetail batch.
    const detailCalls = await stack.control.servicesCalls('tnDetail');
    const byTn = detailCalls.filter((c) => (c.body as any).tnSearchList.tnSearchItem.every((i: any) => /^\d{10}$/.test(i.tnMask)));
    expect(byTn).toHaveLength(1);
  });

  it('number → orders → numbers, including an order placed through the gateway', async () => {
    const move = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
        input: {
          numbers: [
            { tn: '3124795862', trunkGroupName: 'CHCGIL24CL1_898' },
            { tn: '3124795863', trunkGroupName: 'CHCGIL24CL1_898' },
          ],
        },
      }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(move.orderId).toMatch(/^\d+$/);

    const tn = ok(await stack.request(NumberOrdersTraversalDocument, { tn: '3124795862' })).telephoneNumber!;
    expect(tn.orders!.totalCount).toBe(2);
    const ids = tn.orders!.nodes.map((o) => o.id);
    expect(ids).toContain(move.orderId);
    for (const order of tn.orders!.nodes) expect(order.numbers!.nodes.map((n) => n.tn)).toContain('3124795862');
    const change = tn.orders!.nodes.find((o) => o.id === move.orderId)!;
    expect(change.status).toBe('INCOMPLETE');
    expect(change.numbers!.nodes.map((n) => n.tn).sort()).toEqual(['3124795862', '3124795863']);
    const historical = tn.orders!.nodes.find((o) => o.id !== move.orderId)!;
    expect(historical.status).toBe('CLOSED');
  });
});
