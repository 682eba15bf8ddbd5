/**
 * End-to-end: an order placed through the gateway, read through to CLOSED.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import { OrderByIdDocument, OrdersDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers } from '../../support/orders.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN, FEATURE_MS, SEEDED_ORDERS, FIRST_NEW_ORDER } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder, orderStatus } = orderHelpers(stack);

describe('order lifecycle', () => {
  it('a new order with features: lines, feature statuses, exclusions and numbers through to CLOSED', async () => {
    const orderId = await placeFeatureOrder('LIFE1', ['6123453622', '6123453623'], [{ tn: '3123489651' }]);
    expect(Number(orderId)).toBe(FIRST_NEW_ORDER);

    const incomplete = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(incomplete).toMatchObject({ id: orderId, status: 'INCOMPLETE', type: 'NEW', customerOrderReference: 'LIFE1', numberCount: 2 });
    expect(incomplete.lines!.nodes.map((l) => [l.tn, l.trunkGroupName])).toEqual([
      ['6123453622', 'CHCGIL24CL1_898'],
      ['6123453623', 'CHCGIL24CL1_898'],
    ]);
    expect(incomplete.lines!.nodes[0]!.featureStatus).toMatchObject({
      callerId: { enabled: true },
      e911: { enabled: true },
      messaging: { enabled: true },
      directoryListing: { enabled: false },
    });
    expect(incomplete.lines!.nodes[1]!.featureStatus).toMatchObject({ callerId: { enabled: true }, e911: { enabled: false } });
    expect(incomplete.lines!.nodes.map((l) => [l.status, l.statusLabel])).toEqual([
      ['PENDING', 'Pending'],
      ['PENDING', 'Pending'],
    ]);
    expect(incomplete.lines!.nodes[0]!.telephoneNumber).toEqual({ tn: '6123453622', status: 'PENDING' });
    expect(incomplete.excludedNumbers).toEqual([{ tn: '3123489651', reason: expect.stringMatching(/already assigned/i), orderId }]);

    await stack.control.advance(INCOMPLETE_MS);
    expect(await orderStatus(orderId)).toBe('PENDING');

    await stack.control.advance(2 * ROUTE_MS_PER_TN + FEATURE_MS);
    const closed = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(closed.status).toBe('CLOSED');
    expect(closed.lines!.nodes.map((l) => l.telephoneNumber)).toEqual([
      { tn: '6123453622', status: 'IN_SERVICE' },
      { tn: '6123453623', status: 'IN_SERVICE' },
    ]);
    expect(closed.lines!.nodes[0]!.featureStatus.callerId).toEqual({ enabled: true, status: expect.stringMatching(/complete/i) });
    expect(closed.lines!.nodes.map((l) => l.status)).toEqual(['COMPLETE', 'COMPLETE']);
    expect(closed.lines!.nodes[0]!.featureStatus.e911?.status).toMatch(/complete/i);
    expect(closed.excludedNumbers!.map((e) => e.tn)).toEqual(['3123489651']);

    const closedList = ok(await stack.request(OrdersDocument, { filter: { status: 'CLOSED' }, first: 100 })).orders!;
    expect(closedList.totalCount).toBe(SEEDED_ORDERS + 1);
  });

  it('an order of more than 100 numbers is validated in the background: exclusions appear on the order, valid numbers close', async () => {
    const inventory = ok(await stack.gql(`{ availableTelephoneNumbers(first: 100, search: { tnMask: "312xxxxxxx" }) { nodes { tn } } }`));
    const available: string[] = inventory.availableTelephoneNumbers.nodes.map((n: { tn: string }) => n.tn);
    expect(available).toHaveLength(100);
    const alreadyAssigned = ['3123489651', '3123489652'];
    const res = ok(
      await stack.gql(
        `mutation($input: OrderTelephoneNumbersInput!) {
          orderTelephoneNumbers(input: $input) { orderId completedSynchronously excludedNumbers { tn } userErrors { code } order { id status } }
        }`,
        {
          input: {
            customerOrderReference: 'BULK102',
            numbers: [...available, ...alreadyAssigned].map((tn) => ({ tn, trunkGroupName: 'CHCGIL24CL1_897' })),
          },
        },
      ),
    ).orderTelephoneNumbers!;
    // Large orders answer at once with a shell order; nothing is excluded yet.
    expect(res.orderId).toMatch(/^\d+$/);
    expect(res.completedSynchronously).toBe(false);
    expect(res.excludedNumbers).toEqual([]);
    expect(res.userErrors).toEqual([]);
    expect(res.order.status).toBe('INCOMPLETE');

    await stack.control.advance(INCOMPLETE_MS + 1_000);
    const pending = ok(
      await stack.gql(
        `{ order(id: "${res.orderId}") { status numberCount excludedNumbers { tn reason } lines(first: 100) { totalCount nodes { tn } } } }`,
      ),
    ).order;
    expect(pending.status).toBe('PENDING');
    expect(pending.excludedNumbers.map((e: { tn: string }) => e.tn).sort()).toEqual(alreadyAssigned);
    expect(pending.excludedNumbers[0].reason).toMatch(/assigned/i);
    expect(pending.lines.nodes).toHaveLength(100);
    expect(pending.lines.totalCount).toBe(100);

    await stack.control.advance(100 * ROUTE_MS_PER_TN + 1_000);
    const closed = ok(
      await stack.gql(`{ order(id: "${res.orderId}") { status numbers(first: 100) { nodes { status trunkGroup { name } } } } }`),
    ).order;
    expect(closed.status).toBe('CLOSED');
    expect(closed.numbers.nodes).toHaveLength(100);
    expect(
      closed.numbers.nodes.every(
        (n: { status: string; trunkGroup: { name: string } }) => n.status === 'IN_SERVICE' && n.trunkGroup.name === 'CHCGIL24CL1_897',
      ),
    ).toBe(true);
  });
});
