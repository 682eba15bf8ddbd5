/**
 * End-to-end: orders over real HTTP (client → gateway → sandbox carrier).
 * Each test gets a fresh stack: a sandbox seeded with 57 Closed orders
 * (ids 1025000–1025056; new ones from 1026470) on a manual clock, and a
 * gateway with an empty read cache.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AddOrderNoteDocument,
  CancelOrderDocument,
  NumberOrdersTraversalDocument,
  OrderByIdDocument,
  OrderByReferenceDocument,
  OrdersDocument,
  OrderTelephoneNumbersDocument,
  OrderTraversalDocument,
  TelephoneNumberDocument,
  UpdateTelephoneNumberTrunkGroupDocument,
  type OrdersQuery,
} from '../generated/operations.js';
import { ok, withoutUpstreamCalls } from '../support/assertions.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;

beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack?.close();
});

const SEEDED_ORDERS = 57;
const FIRST_NEW_ORDER = 1026470;
const INCOMPLETE_MS = 10_000;
const ROUTE_MS_PER_TN = 250;
const FEATURE_MS = 3_000;
const CANCEL_REVIEW_MS = 30_000;

const E911 = {
  name: 'Acme Widgets',
  origStreetNum: '233',
  origStreetInfo: 'S Wacker Dr',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60606',
};

/** Places a /tnOrder with features (so the carrier creates an order) and returns its id. */
async function placeFeatureOrder(customerOrderReference: string, tns: string[], extra: { tn: string }[] = []): Promise<string> {
  const data = ok(
    await stack.request(OrderTelephoneNumbersDocument, {
      input: {
        customerOrderReference,
        numbers: [
          ...tns.map((tn, i) => ({
            tn,
            trunkGroupName: 'CHCGIL24CL1_898',
            features: i === 0 ? { callerId: { callingName: 'ACME' }, e911: E911, messaging: { messageClass: 'P2P' as const, messageType: 'SMS' as const } } : { callerId: { callingName: 'ACME' } },
          })),
          ...extra,
        ],
      },
    }),
  ).orderTelephoneNumbers;
  expect(data.orderId).toMatch(/^\d+$/);
  return data.orderId!;
}

const orderStatus = async (id: string) => ok(await stack.request(OrderByIdDocument, { id })).order?.status;

// ---------------------------------------------------------------------------

describe('order', () => {
  it('reads a historical order by id with lines, notes and no exclusions', async () => {
    const order = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!;
    expect(order).toMatchObject({
      id: '1025000',
      status: 'CLOSED',
      type: 'NEW',
      product: 'TELEPHONE_NUMBER',
      productName: 'Telephone Number',
      excludedNumbers: [],
      notes: [{ id: expect.any(String), text: 'Order received via API', createdBy: expect.any(String) }],
    });
    expect(order.lines!.length).toBeGreaterThan(0);
    expect(order.numberCount).toBe(order.lines!.length);
    for (const line of order.lines!) {
      expect(line.tn).toMatch(/^\d{10}$/);
      expect(line.trunkGroup?.name).toBe(line.trunkGroupName);
      expect(line.telephoneNumber).toEqual({ tn: line.tn, status: 'IN_SERVICE' });
      expect(line.featureStatus.callingName).toEqual({ enabled: false, status: null });
    }
  });

  it('reads an order by customerOrderReference, the same order as by id', async () => {
    const byRef = ok(await stack.request(OrderByReferenceDocument, { customerOrderReference: 'SEED5056' })).order!;
    expect(byRef).toMatchObject({ id: '1025056', customerOrderReference: 'SEED5056', status: 'CLOSED', type: 'NEW' });
    const byId = ok(await stack.request(OrderByIdDocument, { id: '1025056' })).order!;
    expect(byId).toMatchObject({ id: byRef.id, customerOrderReference: byRef.customerOrderReference, numberCount: byRef.numberCount, createdAt: byRef.createdAt });
    const [call] = await stack.control.servicesCalls('orderDetail');
    expect(call!.body).toMatchObject({ customerOrderReference: 'SEED5056' });
  });

  it('is null for an unknown id or reference', async () => {
    const res = await stack.request(OrderByIdDocument, { id: '999999' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.order).toBeNull();
    const byRef = await stack.request(OrderByReferenceDocument, { customerOrderReference: 'NOSUCHREF' });
    expect(byRef.errors).toBeUndefined();
    expect(byRef.data!.order).toBeNull();
  });

  it('needs exactly one of id and customerOrderReference (BAD_USER_INPUT, no upstream call)', async () => {
    const both = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(id: "1025000", customerOrderReference: "SEED5000") { id } }`));
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.message).toMatch(/exactly one of id or customerOrderReference/);
    const neither = await withoutUpstreamCalls(stack, () => stack.gql(`{ order { id } }`));
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badRef = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(customerOrderReference: "PO-1") { id } }`));
    expect(badRef.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerOrderReference' });
  });
});

describe('orders connection', () => {
  it('pages through all orders: pages differ, totalCount stays the same', async () => {
    type Conn = OrdersQuery['orders'];
    const first: Conn = ok(await stack.request(OrdersDocument, { first: 20 })).orders;
    expect(first.totalCount).toBe(SEEDED_ORDERS);
    expect(first.edges).toHaveLength(20);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[19]!.cursor });

    const second: Conn = ok(await stack.request(OrdersDocument, { first: 20, after: first.pageInfo.endCursor })).orders;
    expect(second.totalCount).toBe(SEEDED_ORDERS);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const firstIds = first.edges.map((e) => e.node.id);
    const secondIds = second.edges.map((e) => e.node.id);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    const third: Conn = ok(await stack.request(OrdersDocument, { first: 20, after: second.pageInfo.endCursor })).orders;
    expect(third.edges).toHaveLength(SEEDED_ORDERS - 40);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const all = new Set([...firstIds, ...secondIds, ...third.edges.map((e) => e.node.id)]);
    expect(all.size).toBe(SEEDED_ORDERS);
    for (let id = 1025000; id < 1025000 + SEEDED_ORDERS; id++) expect(all.has(String(id))).toBe(true);
  });

  it('sorts by order id when asked', async () => {
    const asc = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID', direction: 'ASC' } })).orders;
    expect(asc.edges.map((e) => e.node.id)).toEqual(['1025000', '1025001', '1025002']);
    const desc = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID', direction: 'DESC' } })).orders;
    expect(desc.edges.map((e) => e.node.id)).toEqual(['1025056', '1025055', '1025054']);
  });

  it('filters by status, type and tn', async () => {
    const pendingBefore = ok(await stack.request(OrdersDocument, { filter: { status: 'INCOMPLETE' } })).orders;
    expect(pendingBefore.totalCount).toBe(0);

    const orderId = await placeFeatureOrder('FILTER1', ['6123453622']);
    const disco = ok(
      await stack.gql<{ disconnectTelephoneNumbers: { orderId: string } }>(
        `mutation { disconnectTelephoneNumbers(input: { tns: ["3123804519"] }) { orderId userErrors { message } } }`,
      ),
    ).disconnectTelephoneNumbers.orderId;
    expect(disco).toMatch(/^\d+$/);

    const incomplete = ok(await stack.request(OrdersDocument, { filter: { status: 'INCOMPLETE' } })).orders;
    expect(incomplete.totalCount).toBe(2);
    expect(incomplete.edges.map((e) => e.node.id).sort()).toEqual([orderId, disco].sort());
    for (const e of incomplete.edges) expect(e.node.status).toBe('INCOMPLETE');

    const closed = ok(await stack.request(OrdersDocument, { filter: { status: 'CLOSED' }, first: 100 })).orders;
    expect(closed.totalCount).toBe(SEEDED_ORDERS);

    const disconnects = ok(await stack.request(OrdersDocument, { filter: { type: 'DISCONNECT' } })).orders;
    expect(disconnects.edges.map((e) => [e.node.id, e.node.type])).toEqual([[disco, 'DISCONNECT']]);

    const newOnes = ok(await stack.request(OrdersDocument, { filter: { type: 'NEW', status: 'INCOMPLETE' } })).orders;
    expect(newOnes.edges.map((e) => e.node.id)).toEqual([orderId]);

    // Orders of one number: its historical order plus the disconnect; normalised TN input.
    const ofTn = ok(await stack.request(OrdersDocument, { filter: { tn: '(312) 380-4519' } })).orders;
    expect(ofTn.totalCount).toBe(2);
    expect(ofTn.edges.map((e) => e.node.id)).toContain(disco);
    for (const e of ofTn.edges) expect(e.node.lines!.map((l) => l.tn)).toContain('3123804519');

    const byRef = ok(await stack.request(OrdersDocument, { filter: { customerOrderReference: 'FILTER1' } })).orders;
    expect(byRef.edges.map((e) => e.node.id)).toEqual([orderId]);

    const calls = await stack.control.servicesCalls('orderList');
    expect(calls.some((c) => (c.body as any).orderStatus === 'INCOMPLT')).toBe(true);
  });

  it('refuses an invalid filter before calling the carrier', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.request(OrdersDocument, { filter: { createdFrom: '2025-02-01', createdTo: '2025-01-01' } }),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.createdTo' });
    const page = await withoutUpstreamCalls(stack, () => stack.request(OrdersDocument, { first: 101 }));
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('order lifecycle', () => {
  it('a new order with features: lines, feature statuses, exclusions and numbers through to CLOSED', async () => {
    const orderId = await placeFeatureOrder('LIFE1', ['6123453622', '6123453623'], [{ tn: '3123489651' }]);
    expect(Number(orderId)).toBe(FIRST_NEW_ORDER);

    const incomplete = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(incomplete).toMatchObject({ id: orderId, status: 'INCOMPLETE', type: 'NEW', customerOrderReference: 'LIFE1', numberCount: 2 });
    expect(incomplete.lines!.map((l) => [l.tn, l.trunkGroupName])).toEqual([
      ['6123453622', 'CHCGIL24CL1_898'],
      ['6123453623', 'CHCGIL24CL1_898'],
    ]);
    expect(incomplete.lines![0]!.featureStatus).toMatchObject({
      callingName: { enabled: true },
      e911: { enabled: true },
      messaging: { enabled: true },
      directoryListing: { enabled: false },
    });
    expect(incomplete.lines![1]!.featureStatus).toMatchObject({ callingName: { enabled: true }, e911: { enabled: false } });
    expect(incomplete.lines![0]!.telephoneNumber).toEqual({ tn: '6123453622', status: 'PENDING' });
    expect(incomplete.excludedNumbers).toEqual([{ tn: '3123489651', reason: expect.stringMatching(/already assigned/i), orderId }]);

    await stack.control.advance(INCOMPLETE_MS);
    expect(await orderStatus(orderId)).toBe('PENDING');

    await stack.control.advance(2 * ROUTE_MS_PER_TN + FEATURE_MS);
    const closed = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(closed.status).toBe('CLOSED');
    expect(closed.lines!.map((l) => l.telephoneNumber)).toEqual([
      { tn: '6123453622', status: 'IN_SERVICE' },
      { tn: '6123453623', status: 'IN_SERVICE' },
    ]);
    expect(closed.lines![0]!.featureStatus.callingName).toEqual({ enabled: true, status: expect.stringMatching(/complete/i) });
    expect(closed.lines![0]!.featureStatus.e911?.status).toMatch(/complete/i);
    expect(closed.excludedNumbers!.map((e) => e.tn)).toEqual(['3123489651']);

    const closedList = ok(await stack.request(OrdersDocument, { filter: { status: 'CLOSED' }, first: 100 })).orders;
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
        { input: { customerOrderReference: 'BULK102', numbers: [...available, ...alreadyAssigned].map((tn) => ({ tn, trunkGroupName: 'CHCGIL24CL1_897' })) } },
      ),
    ).orderTelephoneNumbers;
    // Large orders answer at once with a shell order; nothing is excluded yet.
    expect(res.orderId).toMatch(/^\d+$/);
    expect(res.completedSynchronously).toBe(false);
    expect(res.excludedNumbers).toEqual([]);
    expect(res.userErrors).toEqual([]);
    expect(res.order.status).toBe('INCOMPLETE');

    await stack.control.advance(INCOMPLETE_MS + 1_000);
    const pending = ok(await stack.gql(`{ order(id: "${res.orderId}") { status numberCount excludedNumbers { tn reason } lines { tn } } }`)).order;
    expect(pending.status).toBe('PENDING');
    expect(pending.excludedNumbers.map((e: { tn: string }) => e.tn).sort()).toEqual(alreadyAssigned);
    expect(pending.excludedNumbers[0].reason).toMatch(/assigned/i);
    expect(pending.lines).toHaveLength(100);

    await stack.control.advance(100 * ROUTE_MS_PER_TN + 1_000);
    const closed = ok(await stack.gql(`{ order(id: "${res.orderId}") { status numbers { status trunkGroup { name } } } }`)).order;
    expect(closed.status).toBe('CLOSED');
    expect(closed.numbers).toHaveLength(100);
    expect(closed.numbers.every((n: { status: string; trunkGroup: { name: string } }) => n.status === 'IN_SERVICE' && n.trunkGroup.name === 'CHCGIL24CL1_897')).toBe(true);
  });

  it('addOrderNote: the note is on the order at once, also when notes were read (and cached) before', async () => {
    const before = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!.notes;
    expect(before!.map((n) => n.text)).toEqual(['Order received via API']);

    const added = ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'Customer called about porting' } }))
      .addOrderNote;
    expect(added.userErrors).toEqual([]);
    expect(added.noteId).toMatch(/^\d+$/);
    expect(added.note).toEqual({ id: added.noteId, text: 'Customer called about porting' });
    // The carrier lists notes newest first.
    expect(added.order?.notes!.map((n) => n.text)).toEqual(['Customer called about porting', 'Order received via API']);

    const after = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!.notes;
    expect(after!.map((n) => [n.id, n.text])).toContainEqual([added.noteId, 'Customer called about porting']);
    expect(await stack.control.servicesCalls('orderAddNote')).toHaveLength(1);
  });

  it('addOrderNote by customerOrderReference, and a blank note is a userError without an upstream call', async () => {
    const added = ok(await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'SEED5056' }, note: 'By reference' } }))
      .addOrderNote;
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({ id: '1025056', notes: expect.arrayContaining([expect.objectContaining({ text: 'By reference' })]) });

    const blank = ok(await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: '  ' } })))
      .addOrderNote;
    expect(blank.userErrors).toEqual([{ field: ['input', 'note'], code: 'REQUIRED', message: expect.stringMatching(/note is required/) }]);
    expect(blank.noteId).toBeNull();
  });

  it('cancelOrder on a PENDING order: PENDING_CANCEL, then CANCELED; its numbers go back to inventory', async () => {
    const orderId = await placeFeatureOrder('CANCEL1', ['6123453622', '6123453623']);
    await stack.control.advance(INCOMPLETE_MS);
    expect(await orderStatus(orderId)).toBe('PENDING');

    const cancel = ok(await stack.request(CancelOrderDocument, { input: { order: { id: orderId } } })).cancelOrder;
    expect(cancel).toEqual({ userErrors: [], order: { id: orderId, status: 'PENDING_CANCEL' } });
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
    expect(await orderStatus(orderId)).toBe('PENDING_CANCEL');

    await stack.control.advance(CANCEL_REVIEW_MS);
    expect(await orderStatus(orderId)).toBe('CANCELED');
    const canceled = ok(await stack.request(OrdersDocument, { filter: { status: 'CANCELED' } })).orders;
    expect(canceled.edges.map((e) => e.node.id)).toEqual([orderId]);

    // The numbers were not routed yet: they left the account and are available again.
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '6123453623' })).telephoneNumber).toBeNull();
    const available = await stack.gql<{ availableTelephoneNumbers: { nodes: { tn: string }[] } }>(
      `{ availableTelephoneNumbers(search: { tnMask: "61234536xx" }, first: 100) { nodes { tn } } }`,
    );
    expect(ok(available).availableTelephoneNumbers.nodes.map((n) => n.tn)).toEqual(expect.arrayContaining(['6123453622', '6123453623']));
  });

  it('cancelOrder on a CLOSED order is refused by the carrier (UPSTREAM_REJECTED) and changes nothing', async () => {
    const res = await stack.request(CancelOrderDocument, { input: { order: { id: '1025000' } } });
    expect(res.data?.cancelOrder ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamOperation: 'orderCancel', upstreamStatusCode: expect.stringMatching(/^\d{3}$/) });
    expect(error.message).toMatch(/^The carrier rejected the request: /);
    expect(error.path).toEqual(['cancelOrder']);
    expect(await orderStatus('1025000')).toBe('CLOSED');
  });

  it('cancelOrder of an unknown order is refused by the carrier (UPSTREAM_REJECTED, not a credentials problem)', async () => {
    const res = await stack.request(CancelOrderDocument, { input: { order: { id: '999999' } } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamOperation: 'orderCancel', upstreamStatusCode: '410' });
    expect(res.errors![0]!.message).toMatch(/Invalid Order Id/i);
  });

  it('cancelOrder with both id and reference is a userError without an upstream call', async () => {
    const data = ok(
      await withoutUpstreamCalls(stack, () => stack.request(CancelOrderDocument, { input: { order: { id: '1025000', customerOrderReference: 'SEED5000' } } })),
    ).cancelOrder;
    expect(data.userErrors).toEqual([{ field: ['input', 'order'], code: 'CONFLICT', message: expect.stringMatching(/exactly one of id or customerOrderReference/) }]);
    expect(data.order).toBeNull();
  });
});

describe('traversals', () => {
  it('order → numbers → trunkGroup → telephoneNumbers', async () => {
    const order = ok(await stack.request(OrderTraversalDocument, { id: '1025000' })).order!;
    expect(order.numbers!.length).toBeGreaterThan(0);
    for (const n of order.numbers!) {
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
        input: { numbers: [{ tn: '3124795862', trunkGroupName: 'CHCGIL24CL1_898' }, { tn: '3124795863', trunkGroupName: 'CHCGIL24CL1_898' }] },
      }),
    ).updateTelephoneNumberTrunkGroup;
    expect(move.orderId).toMatch(/^\d+$/);

    const tn = ok(await stack.request(NumberOrdersTraversalDocument, { tn: '3124795862' })).telephoneNumber!;
    expect(tn.orders!.totalCount).toBe(2);
    const ids = tn.orders!.nodes.map((o) => o.id);
    expect(ids).toContain(move.orderId);
    for (const order of tn.orders!.nodes) expect(order.numbers!.map((n) => n.tn)).toContain('3124795862');
    const change = tn.orders!.nodes.find((o) => o.id === move.orderId)!;
    expect(change.status).toBe('INCOMPLETE');
    expect(change.numbers!.map((n) => n.tn).sort()).toEqual(['3124795862', '3124795863']);
    const historical = tn.orders!.nodes.find((o) => o.id !== move.orderId)!;
    expect(historical.status).toBe('CLOSED');
  });
});
