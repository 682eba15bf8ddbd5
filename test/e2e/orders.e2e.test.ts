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
  OrderDatesDocument,
  OrdersDatesDocument,
  OrdersDocument,
  OrderTelephoneNumbersDocument,
  OrderTraversalDocument,
  TelephoneNumberDocument,
  UpdateTelephoneNumberTrunkGroupDocument,
  type OrdersQuery,
} from '../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../support/assertions.js';
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
  ).orderTelephoneNumbers!;
  expect(data.orderId).toMatch(/^\d+$/);
  return data.orderId!;
}

const orderStatus = async (id: string) => ok(await stack.request(OrderByIdDocument, { id })).order?.status;

/** The sandbox's (manual) clock, ISO-8601 UTC. */
async function sandboxNow(): Promise<string> {
  const res = await fetch(`${stack.sandbox.url}/_sandbox/clock`);
  return ((await res.json()) as { now: string }).now;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
      expect(line).toMatchObject({ status: 'COMPLETE', statusName: 'Complete' });
      expect(line.featureStatus.callerId).toEqual({ enabled: false, status: null });
    }
  });

  it('reads an order by customerOrderReference, the same order as by id', async () => {
    const byRef = ok(await stack.request(OrderByReferenceDocument, { customerOrderReference: 'SEED5056' })).order!;
    expect(byRef).toMatchObject({ id: '1025056', customerOrderReference: 'SEED5056', status: 'CLOSED', type: 'NEW' });
    const byId = ok(await stack.request(OrderByIdDocument, { id: '1025056' })).order!;
    expect(byId).toMatchObject({ id: byRef.id, customerOrderReference: byRef.customerOrderReference, numberCount: byRef.numberCount, createdOn: byRef.createdOn });
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
    const both = onlyError(await withoutUpstreamCalls(stack, () => stack.gql(`{ order(id: "1025000", customerOrderReference: "SEED5000") { id } }`)));
    expect(both.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerOrderReference',
      issues: [{ field: 'customerOrderReference', code: 'CONFLICT', message: expect.stringMatching(/exactly one of id or customerOrderReference, not both/) }],
    });
    const neither = onlyError(await withoutUpstreamCalls(stack, () => stack.gql(`{ order { id } }`)));
    expect(neither.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ field: 'id', code: 'REQUIRED' }] });
    const badRef = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(customerOrderReference: "PO-1") { id } }`));
    expect(badRef.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerOrderReference' });
    const longRef = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(customerOrderReference: "${'A'.repeat(51)}") { id } }`));
    expect(longRef.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerOrderReference', issues: [{ code: 'TOO_LONG' }] });
  });

  it('refuses an id that is not a carrier order id (digits) before calling the carrier', async () => {
    for (const id of ['abc', '1025000x', '-1', '1.5', ' 1025000', '1234567890123456']) {
      const error = onlyError(await withoutUpstreamCalls(stack, () => stack.request(OrderByIdDocument, { id })));
      expect(error.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ field: 'id', code: 'INVALID' }] });
      expect(error.message).toMatch(/digits only/);
    }
    const blank = onlyError(await withoutUpstreamCalls(stack, () => stack.request(OrderByIdDocument, { id: '' })));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ code: 'REQUIRED' }] });
    // Federation references with such an id resolve to null without a call, too.
    const entities = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }`, { r: [{ __typename: 'Order', id: 'abc' }] }),
      ),
    );
    expect(entities._entities).toEqual([null]);
  });
});

describe('orders connection', () => {
  it('as many new orders as a page holds, placed between two pages (newest first): the next page is full and repeats none', async () => {
    type Conn = OrdersQuery['orders'];
    const first: Conn = ok(await stack.request(OrdersDocument, { first: 3 })).orders!;
    // As many new orders as the page holds: the cursor's order moves to the end of the next window.
    await placeFeatureOrder('SHIFT1', ['6123453622']);
    await placeFeatureOrder('SHIFT2', ['6123453623']);
    await placeFeatureOrder('SHIFT3', ['6123453624']);
    const second: Conn = ok(await stack.request(OrdersDocument, { first: 3, after: first.pageInfo.endCursor })).orders!;
    const firstIds = first.edges.map((e) => e.node.id);
    const secondIds = second.edges.map((e) => e.node.id);
    expect(secondIds).toHaveLength(3);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    // It continues right after the last order seen.
    expect(Number(secondIds[0])).toBeLessThan(Number(firstIds[2]));
    expect(second.pageInfo.hasNextPage).toBe(true);
  });

  it('pages through all orders: pages differ, totalCount stays the same', async () => {
    type Conn = OrdersQuery['orders'];
    const first: Conn = ok(await stack.request(OrdersDocument, { first: 20 })).orders!;
    expect(first.totalCount).toBe(SEEDED_ORDERS);
    expect(first.edges).toHaveLength(20);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[19]!.cursor });

    const second: Conn = ok(await stack.request(OrdersDocument, { first: 20, after: first.pageInfo.endCursor })).orders!;
    expect(second.totalCount).toBe(SEEDED_ORDERS);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const firstIds = first.edges.map((e) => e.node.id);
    const secondIds = second.edges.map((e) => e.node.id);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    const third: Conn = ok(await stack.request(OrdersDocument, { first: 20, after: second.pageInfo.endCursor })).orders!;
    expect(third.edges).toHaveLength(SEEDED_ORDERS - 40);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const all = new Set([...firstIds, ...secondIds, ...third.edges.map((e) => e.node.id)]);
    expect(all.size).toBe(SEEDED_ORDERS);
    for (let id = 1025000; id < 1025000 + SEEDED_ORDERS; id++) expect(all.has(String(id))).toBe(true);
  });

  it('sorts by order id when asked', async () => {
    const asc = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID', direction: 'ASC' } })).orders!;
    expect(asc.edges.map((e) => e.node.id)).toEqual(['1025000', '1025001', '1025002']);
    const desc = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID', direction: 'DESC' } })).orders!;
    expect(desc.edges.map((e) => e.node.id)).toEqual(['1025056', '1025055', '1025054']);
  });

  it('filters by status, type and tn', async () => {
    const pendingBefore = ok(await stack.request(OrdersDocument, { filter: { status: 'INCOMPLETE' } })).orders!;
    expect(pendingBefore.totalCount).toBe(0);

    const orderId = await placeFeatureOrder('FILTER1', ['6123453622']);
    const disco = ok(
      await stack.gql<{ disconnectTelephoneNumbers: { orderId: string } }>(
        `mutation { disconnectTelephoneNumbers(input: { tns: ["3123804519"] }) { orderId userErrors { message } } }`,
      ),
    ).disconnectTelephoneNumbers!.orderId;
    expect(disco).toMatch(/^\d+$/);

    const incomplete = ok(await stack.request(OrdersDocument, { filter: { status: 'INCOMPLETE' } })).orders!;
    expect(incomplete.totalCount).toBe(2);
    expect(incomplete.edges.map((e) => e.node.id).sort()).toEqual([orderId, disco].sort());
    for (const e of incomplete.edges) expect(e.node.status).toBe('INCOMPLETE');

    const closed = ok(await stack.request(OrdersDocument, { filter: { status: 'CLOSED' }, first: 100 })).orders!;
    expect(closed.totalCount).toBe(SEEDED_ORDERS);

    const disconnects = ok(await stack.request(OrdersDocument, { filter: { type: 'DISCONNECT' } })).orders!;
    expect(disconnects.edges.map((e) => [e.node.id, e.node.type])).toEqual([[disco, 'DISCONNECT']]);

    const newOnes = ok(await stack.request(OrdersDocument, { filter: { type: 'NEW', status: 'INCOMPLETE' } })).orders!;
    expect(newOnes.edges.map((e) => e.node.id)).toEqual([orderId]);

    // Orders of one number: its historical order plus the disconnect; normalised TN input.
    const ofTn = ok(await stack.request(OrdersDocument, { filter: { tn: '(312) 380-4519' } })).orders!;
    expect(ofTn.totalCount).toBe(2);
    expect(ofTn.edges.map((e) => e.node.id)).toContain(disco);
    for (const e of ofTn.edges) expect(e.node.lines!.map((l) => l.tn)).toContain('3123804519');

    const byRef = ok(await stack.request(OrdersDocument, { filter: { customerOrderReference: 'FILTER1' } })).orders!;
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
      callerId: { enabled: true },
      e911: { enabled: true },
      messaging: { enabled: true },
      directoryListing: { enabled: false },
    });
    expect(incomplete.lines![1]!.featureStatus).toMatchObject({ callerId: { enabled: true }, e911: { enabled: false } });
    expect(incomplete.lines!.map((l) => [l.status, l.statusName])).toEqual([
      ['PENDING', 'Pending'],
      ['PENDING', 'Pending'],
    ]);
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
    expect(closed.lines![0]!.featureStatus.callerId).toEqual({ enabled: true, status: expect.stringMatching(/complete/i) });
    expect(closed.lines!.map((l) => l.status)).toEqual(['COMPLETE', 'COMPLETE']);
    expect(closed.lines![0]!.featureStatus.e911?.status).toMatch(/complete/i);
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
        { input: { customerOrderReference: 'BULK102', numbers: [...available, ...alreadyAssigned].map((tn) => ({ tn, trunkGroupName: 'CHCGIL24CL1_897' })) } },
      ),
    ).orderTelephoneNumbers!;
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

    await stack.control.clearCalls();
    const now = await sandboxNow();
    const added = ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'Customer called about porting' } }))
      .addOrderNote!;
    expect(added.userErrors).toEqual([]);
    expect(added.noteId).toMatch(/^\d+$/);
    // The note as the carrier recorded it: its time (insertDate, tenths of a second, read as UTC) and its author.
    expect(added.note).toEqual({
      id: added.noteId,
      text: 'Customer called about porting',
      createdAt: `${now.slice(0, 21)}00Z`,
      createdBy: 'api_user',
    });
    // The carrier lists notes newest first; the payload's note is the order's.
    expect(added.order?.notes!.map((n) => n.text)).toEqual(['Customer called about porting', 'Order received via API']);
    expect(added.order?.notes![0]).toEqual(added.note);
    // One read back serves both the note and the order's notes.
    expect(await stack.control.servicesCalls('orderNote')).toHaveLength(1);

    const after = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!.notes;
    expect(after!.map((n) => [n.id, n.text])).toContainEqual([added.noteId, 'Customer called about porting']);
    expect(await stack.control.servicesCalls('orderAddNote')).toHaveLength(1);
  });

  it('addOrderNote by customerOrderReference, and a blank note is a userError without an upstream call', async () => {
    const added = ok(await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'SEED5056' }, note: 'By reference' } }))
      .addOrderNote!;
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({ id: '1025056', notes: expect.arrayContaining([expect.objectContaining({ text: 'By reference' })]) });

    expect(added.note).toMatchObject({ text: 'By reference', createdAt: expect.stringMatching(ISO_UTC), createdBy: 'api_user' });

    const blank = ok(await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: '  ' } })))
      .addOrderNote!;
    expect(blank.userErrors).toEqual([{ field: ['input', 'note'], code: 'REQUIRED', message: expect.stringMatching(/note is required/) }]);
    expect(blank.noteId).toBeNull();
  });

  it('addOrderNote: notes up to 4000 characters go to the carrier; a longer one is TOO_LONG without a call', async () => {
    const tooLong = ok(
      await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'n'.repeat(4001) } })),
    ).addOrderNote!;
    expect(tooLong.userErrors).toEqual([{ field: ['input', 'note'], code: 'TOO_LONG', message: expect.stringMatching(/at most 4000 characters \(got 4001\)/) }]);
    expect(tooLong.note).toBeNull();

    for (const length of [2000, 4000]) {
      const added = ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'n'.repeat(length) } })).addOrderNote!;
      expect(added.userErrors).toEqual([]);
      expect(added.note?.text).toHaveLength(length);
    }
    const sent = await stack.control.servicesCalls('orderAddNote');
    expect(sent.map((c) => (c.body as { orderNote: string }).orderNote.length)).toEqual([2000, 4000]);
  });

  it('addOrderNote on an unknown order is a NOT_FOUND userError with the carrier\'s message; the rest of the payload answers', async () => {
    const res = ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: '999999' }, note: 'Hello' } })).addOrderNote!;
    expect(res.userErrors).toEqual([
      { field: ['input', 'order', 'id'], code: 'NOT_FOUND', message: expect.stringMatching(/No such order: order 999999\. The carrier answered: "Invalid Order Id"/) },
    ]);
    expect(res).toMatchObject({ noteId: null, note: null, order: null });
    const byRef = ok(await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'NOSUCHREF' }, note: 'Hello' } })).addOrderNote!;
    expect(byRef.userErrors).toEqual([{ field: ['input', 'order', 'customerOrderReference'], code: 'NOT_FOUND', message: expect.any(String) }]);
  });

  it('a refusal of a write by customerOrderReference points at the field the caller gave', async () => {
    await placeFeatureOrder('REFX1', ['6123453622']);
    await stack.control.fault({ operation: 'orderCancel', statusCode: '430', status: 'No Result Found' });
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { customerOrderReference: 'REFX1' } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      { field: ['input', 'order', 'customerOrderReference'], code: 'NOT_FOUND', message: expect.stringMatching(/customerOrderReference REFX1/) },
    ]);
  });

  it('a customerOrderReference two orders share: cancel and note are refused (CONFLICT, naming both), nothing is written', async () => {
    const older = await placeFeatureOrder('TWICE1', ['6123453622']);
    const newer = await placeFeatureOrder('TWICE1', ['6123453623']);
    await stack.control.clearCalls();
    const cancel = ok(await stack.request(CancelOrderDocument, { input: { order: { customerOrderReference: 'TWICE1' } } })).cancelOrder!;
    expect(cancel.userErrors).toEqual([
      { field: ['input', 'order', 'customerOrderReference'], code: 'CONFLICT', message: expect.stringMatching(/^2 orders carry customerOrderReference TWICE1 .*name the order by id/) },
    ]);
    expect(cancel.userErrors[0]!.message).toContain(newer);
    expect(cancel.userErrors[0]!.message).toContain(older);
    const note = ok(await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'TWICE1' }, note: 'which one?' } })).addOrderNote!;
    expect(note.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(await stack.control.servicesCalls('orderCancel')).toEqual([]);
    expect(await stack.control.servicesCalls('orderAddNote')).toEqual([]);
    // By id, the same write goes through.
    ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: newer }, note: 'this one' } }));
    expect(await stack.control.servicesCalls('orderAddNote')).toHaveLength(1);
  });

  it('order mutations refuse a non-numeric, blank or missing order id, or both keys, without an upstream call', async () => {
    const cancel = async (order: { id?: string; customerOrderReference?: string }) =>
      ok(await withoutUpstreamCalls(stack, () => stack.request(CancelOrderDocument, { input: { order } }))).cancelOrder!;
    expect((await cancel({ id: 'abc' })).userErrors).toEqual([
      { field: ['input', 'order', 'id'], code: 'INVALID', message: expect.stringMatching(/input\.order\.id must be a carrier order id: digits only/) },
    ]);
    expect((await cancel({ id: ' ' })).userErrors).toEqual([{ field: ['input', 'order', 'id'], code: 'REQUIRED', message: expect.any(String) }]);
    expect((await cancel({})).userErrors).toEqual([
      { field: ['input', 'order', 'id'], code: 'REQUIRED', message: expect.stringMatching(/exactly one of id or customerOrderReference: neither/) },
    ]);
    expect((await cancel({ id: '1025000', customerOrderReference: 'SEED5000' })).userErrors).toEqual([
      { field: ['input', 'order', 'customerOrderReference'], code: 'CONFLICT', message: expect.stringMatching(/not both/) },
    ]);
    const note = ok(await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '12a' }, note: 'x' } })))
      .addOrderNote!;
    expect(note.userErrors).toEqual([{ field: ['input', 'order', 'id'], code: 'INVALID', message: expect.any(String) }]);
  });

  it('cancelOrder on a PENDING order: PENDING_CANCEL, then CANCELED; its numbers go back to inventory', async () => {
    const orderId = await placeFeatureOrder('CANCEL1', ['6123453622', '6123453623']);
    await stack.control.advance(INCOMPLETE_MS);
    expect(await orderStatus(orderId)).toBe('PENDING');

    const cancel = ok(await stack.request(CancelOrderDocument, { input: { order: { id: orderId } } })).cancelOrder!;
    expect(cancel).toEqual({ userErrors: [], order: { id: orderId, status: 'PENDING_CANCEL' } });
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
    expect(await orderStatus(orderId)).toBe('PENDING_CANCEL');

    await stack.control.advance(CANCEL_REVIEW_MS);
    const afterReview = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(afterReview.status).toBe('CANCELED');
    expect(afterReview.lines!.map((l) => [l.status, l.statusName])).toEqual([
      ['CANCELED', 'Canceled'],
      ['CANCELED', 'Canceled'],
    ]);
    const canceled = ok(await stack.request(OrdersDocument, { filter: { status: 'CANCELED' } })).orders!;
    expect(canceled.edges.map((e) => e.node.id)).toEqual([orderId]);

    // The numbers were not routed yet: they left the account and are available again.
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '6123453623' })).telephoneNumber).toBeNull();
    const available = await stack.gql<{ availableTelephoneNumbers: { nodes: { tn: string }[] } }>(
      `{ availableTelephoneNumbers(search: { tnMask: "61234536xx" }, first: 100) { nodes { tn } } }`,
    );
    expect(ok(available).availableTelephoneNumbers.nodes.map((n) => n.tn)).toEqual(expect.arrayContaining(['6123453622', '6123453623']));
  });

  it('cancelOrder on a CLOSED order is a WRONG_STATUS userError with the carrier\'s message, and changes nothing', async () => {
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: '1025000' } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      {
        field: ['input', 'order'],
        code: 'WRONG_STATUS',
        message: expect.stringMatching(/^Order 1025000 is CLOSED; only PENDING orders can be canceled\. The carrier answered: ".+"\.$/),
      },
    ]);
    // The order as it is.
    expect(res.order).toEqual({ id: '1025000', status: 'CLOSED' });
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
    expect(await orderStatus('1025000')).toBe('CLOSED');
  });

  it('cancelOrder on an INCOMPLETE order is a WRONG_STATUS userError that says to wait for PENDING', async () => {
    const orderId = await placeFeatureOrder('EARLY1', ['6123453622']);
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: orderId } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      { field: ['input', 'order'], code: 'WRONG_STATUS', message: expect.stringMatching(new RegExp(`^Order ${orderId} is INCOMPLETE .*try again once it is PENDING`)) },
    ]);
    expect(res.order).toEqual({ id: orderId, status: 'INCOMPLETE' });
  });

  it('cancelOrder of an unknown order is a NOT_FOUND userError with the carrier\'s message, not a failed response', async () => {
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: '999999' } } })).cancelOrder!;
    expect(res).toEqual({
      userErrors: [{ field: ['input', 'order', 'id'], code: 'NOT_FOUND', message: expect.stringMatching(/order 999999.*Invalid Order Id/) }],
      order: null,
    });
  });

  it('cancelOrder: a carrier outage stays a GraphQL error (UPSTREAM_UNAVAILABLE), and the write is not retried', async () => {
    await stack.control.fault({ operation: 'orderCancel', httpStatus: 503, times: 1 });
    const res = await stack.request(CancelOrderDocument, { input: { order: { id: '1025000' } } });
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamOperation: 'orderCancel' });
    expect(error.path).toEqual(['cancelOrder']);
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
  });
});

describe('dates', () => {
  it('the same order has the same timestamps by id and in a list: UTC DateTimes and LocalDates, none invented', async () => {
    const placedAt = await sandboxNow();
    const orderId = await placeFeatureOrder('DATES1', ['6123453622']);
    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN + FEATURE_MS);
    const closedAt = await sandboxNow();
    expect(await orderStatus(orderId)).toBe('CLOSED');

    await stack.control.clearCalls();
    const byId = ok(await stack.request(OrderDatesDocument, { id: orderId })).order!;
    expect(byId).toMatchObject({
      id: orderId,
      createdAt: placedAt, // /orderDetail's createdDate has the time of day
      createdOn: placedAt.slice(0, 10),
      createdBy: 'api_user',
      lastModifiedAt: closedAt, // the close, from lastModifiedString (yyyyMMddHHmmss + nanoseconds + offset)
      desiredDueDate: expect.stringMatching(LOCAL_DATE),
      desiredPortTime: null,
    });
    expect(byId.numbers!.map((n) => n.activatedAt)).toEqual([expect.stringMatching(ISO_UTC)]);
    // lastModifiedAt is only on /orderList: one call by orderId.
    const listCalls = await stack.control.servicesCalls('orderList');
    expect(listCalls.map((c) => c.body)).toEqual([expect.objectContaining({ orderId: Number(orderId) })]);

    await stack.control.clearCalls();
    const [listed] = ok(await stack.request(OrdersDatesDocument, { filter: { customerOrderReference: 'DATES1' } })).orders!.nodes;
    // /orderList gives createdDate as a date only; createdAt comes from /orderDetail rather than being invented.
    expect(listed).toMatchObject({
      id: orderId,
      createdAt: byId.createdAt,
      createdOn: byId.createdOn,
      createdBy: byId.createdBy,
      lastModifiedAt: byId.lastModifiedAt,
      desiredDueDate: byId.desiredDueDate,
    });
    // One list call; the detail is the settled order's cached one from the read by id.
    expect(await stack.control.servicesCalls('orderList')).toHaveLength(1);
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(0);
  });

  it('a list that does not ask for createdAt reads no order details', async () => {
    await stack.control.clearCalls();
    const nodes = ok(await stack.gql(`{ orders(first: 50) { nodes { id createdOn lastModifiedAt } } }`)).orders!.nodes as {
      createdOn: string;
      lastModifiedAt: string;
    }[];
    expect(nodes).toHaveLength(50);
    for (const n of nodes) {
      expect(n.createdOn).toMatch(LOCAL_DATE);
      expect(n.lastModifiedAt).toMatch(ISO_UTC);
    }
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderList']);

    // Asking for createdAt reads each order's detail (the list has the date only), the batched read `lines` uses.
    await stack.control.clearCalls();
    const timed = ok(await stack.gql(`{ orders(first: 3) { nodes { id createdOn createdAt lines { tn } } } }`)).orders!.nodes as {
      createdOn: string;
      createdAt: string;
    }[];
    for (const n of timed) {
      expect(n.createdAt).toMatch(ISO_UTC);
      expect(n.createdAt.slice(0, 10)).toBe(n.createdOn);
    }
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(3);
  });

  it('exclusions carry the date the carrier reports, notes and numbers their UTC times', async () => {
    const orderId = await placeFeatureOrder('DATES2', ['6123453622'], [{ tn: '3123489651' }]);
    const day = (await sandboxNow()).slice(0, 10);
    const order = ok(await stack.request(OrderDatesDocument, { id: orderId })).order!;
    expect(order.excludedNumbers).toEqual([{ tn: '3123489651', excludedOn: day }]);
    const seeded = ok(await stack.request(OrderDatesDocument, { id: '1025000' })).order!;
    expect(seeded.notes!.length).toBeGreaterThan(0);
    for (const note of seeded.notes!) expect(note).toMatchObject({ createdAt: expect.stringMatching(ISO_UTC), createdBy: 'api_user' });
    for (const number of seeded.numbers!) expect(number.activatedAt).toMatch(ISO_UTC);
    // The order was placed before its note and its numbers were activated.
    expect(seeded.createdAt! < seeded.notes![0]!.createdAt!).toBe(true);
  });
});

describe('products, sorting and names', () => {
  it('a feature order is product TN_FEATURE, read by id and in a list filtered by that product', async () => {
    const res = ok(
      await stack.gql<{ updateTelephoneNumberFeatures: { orderId: string } }>(
        `mutation { updateTelephoneNumberFeatures(input: { numbers: [{ tn: "3123489651", features: { callerId: { callingName: "ACME" } } }] }) { orderId userErrors { message } } }`,
      ),
    ).updateTelephoneNumberFeatures!;
    expect(res.orderId).toMatch(/^\d+$/);
    const byId = ok(await stack.request(OrderByIdDocument, { id: res.orderId })).order!;
    expect(byId).toMatchObject({ product: 'TN_FEATURE', productName: 'Telephone Number Feature', type: 'CHANGE' });

    const listed = ok(await stack.request(OrdersDatesDocument, { filter: { products: ['TN_FEATURE'] } })).orders!.nodes;
    expect(listed.map((o) => [o.id, o.product])).toEqual([[res.orderId, 'TN_FEATURE']]);
    const numberOrders = ok(await stack.request(OrdersDatesDocument, { filter: { products: ['TELEPHONE_NUMBER'] }, first: 100 })).orders!.nodes;
    expect(numberOrders).toHaveLength(SEEDED_ORDERS);
    for (const o of numberOrders) expect(o.product).toBe('TELEPHONE_NUMBER');
  });

  it('orders come newest first by default, and a sort on ORDER_ID without a direction is the same order', async () => {
    await stack.control.clearCalls();
    const byDefault = ok(await stack.request(OrdersDocument, { first: 3 })).orders!.edges.map((e) => e.node.id);
    const byIdField = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID' } })).orders!.edges.map((e) => e.node.id);
    expect(byDefault).toEqual(['1025056', '1025055', '1025054']);
    expect(byIdField).toEqual(byDefault);
    // The order is asked for explicitly: the carrier documents no default.
    for (const call of await stack.control.servicesCalls('orderList')) {
      expect((call.body as { pageSort: unknown }).pageSort).toMatchObject({ property: 'orderId', direction: 'desc' });
    }
    const tnOrders = ok(await stack.gql(`{ telephoneNumber(tn: "3123804519") { orders { nodes { id } } } }`)).telephoneNumber.orders.nodes;
    expect(tnOrders.length).toBeGreaterThan(0);
    const [tnCall] = (await stack.control.servicesCalls('orderList')).filter((c) => (c.body as { tn?: unknown }).tn !== undefined);
    expect((tnCall!.body as { pageSort: unknown }).pageSort).toMatchObject({ property: 'orderId', direction: 'desc' });
  });

  it('feature statuses are named after the features (callerId)', async () => {
    const orderId = await placeFeatureOrder('NAMES1', ['6123453622']);
    const line = ok(await stack.gql(`{ order(id: "${orderId}") { lines { featureStatus { callerId { enabled status } } } } }`)).order.lines[0];
    expect(line.featureStatus.callerId).toEqual({ enabled: true, status: 'Pending' });
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
    ).updateTelephoneNumberTrunkGroup!;
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
