/**
 * End-to-end: updateTelephoneNumberTrunkGroup (/tnUpdate).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { TelephoneNumberDocument, TrunkGroupNumbersDocument, UpdateTelephoneNumberTrunkGroupDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

describe('number changes', () => {
  it('updateTelephoneNumberTrunkGroup: the number moves once the order closes and appears on the new trunk group', async () => {
    // Warm the cache with the old state first: the mutation must invalidate it.
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3124795862' })).telephoneNumber?.trunkGroupName).toBe('CHCGIL24CL1_897');

    const data = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
        input: { customerOrderReference: 'MOVE1', numbers: [{ tn: '3124795862', trunkGroupName: 'CHCGIL24CL1_898' }] },
      }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(data.userErrors).toEqual([]);
    expect(data.completedSynchronously).toBe(false);
    expect(data.order).toMatchObject({ id: data.orderId, status: 'INCOMPLETE', type: 'CHANGE', customerOrderReference: 'MOVE1' });
    const [call] = await stack.control.servicesCalls('tnUpdate');
    expect((call!.body as any).tnList.tnItem.map((i: any) => [String(i.tn), i.trunkGroup])).toEqual([['3124795862', 'CHCGIL24CL1_898']]);

    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    const order = ok(await stack.gql<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: data.orderId }));
    expect(order.order.status).toBe('CLOSED');

    const moved = ok(await stack.request(TelephoneNumberDocument, { tn: '3124795862' })).telephoneNumber;
    expect(moved).toMatchObject({ trunkGroupName: 'CHCGIL24CL1_898', trunkGroup: { name: 'CHCGIL24CL1_898' }, status: 'IN_SERVICE' });

    const group = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_898', first: 100 })).trunkGroup!;
    expect(group.telephoneNumbers!.nodes.map((n) => n.tn)).toContain('3124795862');
    const old = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_897', first: 100 })).trunkGroup!;
    expect(old.telephoneNumbers!.nodes.map((n) => n.tn)).not.toContain('3124795862');
  });

  it('numbers on an order in flight bypass the shared read cache; other numbers stay cached', async () => {
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' }));
    const move = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
        input: { numbers: [{ tn: '3124795863', trunkGroupName: 'CHCGIL24CL1_898' }] },
      }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(move.numbers).toEqual([{ tn: '3124795863', status: 'IN_SERVICE', trunkGroupName: 'CHCGIL24CL1_897' }]);

    await stack.control.clearCalls();
    const both = ok(
      await stack.gql<{ a: { trunkGroupName: string }; b: { trunkGroupName: string } }>(
        `{ a: telephoneNumber(tn: "3123489651") { trunkGroupName } b: telephoneNumber(tn: "3124795863") { trunkGroupName } }`,
      ),
    );
    expect(both).toEqual({ a: { trunkGroupName: 'CHCGIL24CL1_897' }, b: { trunkGroupName: 'CHCGIL24CL1_897' } });
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.map((c) => (c.body as any).tnSearchList.tnSearchItem.map((i: any) => i.tnMask))).toEqual([['3124795863']]);

    // Routed 250 ms after Incomplete ends: the next read sees it at once.
    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3124795863' })).telephoneNumber?.trunkGroupName).toBe('CHCGIL24CL1_898');
  });

  it('updateTelephoneNumberTrunkGroup to an unknown trunk group is excluded by the carrier', async () => {
    const data = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
        input: { numbers: [{ tn: '3124795863', trunkGroupName: 'NOPE_1' }] },
      }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(data.orderId).toBeNull();
    expect(data.completedSynchronously).toBe(false); // nothing was done
    expect(data.validationPending).toBe(false);
    expect(data.excludedNumbers).toEqual([{ tn: '3124795863', reason: expect.stringContaining('NOPE_1') }]);
    // The reason is about the trunk group: the error points at that field, not at the number.
    expect(data.userErrors).toEqual([
      {
        path: ['input', 'numbers', '0', 'trunkGroupName'],
        code: 'EXCLUDED',
        message: expect.stringMatching(/3124795863.*trunk group.*NOPE_1/i),
      },
    ]);
  });
});
