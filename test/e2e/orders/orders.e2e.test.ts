/**
 * End-to-end: the orders connection (/orderList): paging, filters, products and sorting.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import { OrderByIdDocument, OrdersDatesDocument, OrdersDocument, type OrdersQuery } from '../../generated/operations.js';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers } from '../../support/orders.js';
import { SEEDED_ORDERS } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder } = orderHelpers(stack);

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
    for (const e of ofTn.edges) expect(e.node.lines!.nodes.map((l) => l.tn)).toContain('3123804519');

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
    const page = await withoutUpstreamCalls(stack, () => stack.request(OrdersDocument, { first: 501 }));
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
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
    expect(byId).toMatchObject({ product: 'TN_FEATURE', productLabel: 'Telephone Number Feature', type: 'CHANGE' });

    const listed = ok(await stack.request(OrdersDatesDocument, { filter: { products: ['TN_FEATURE'] } })).orders!.nodes;
    expect(listed.map((o) => [o.id, o.product])).toEqual([[res.orderId, 'TN_FEATURE']]);
    const numberOrders = ok(await stack.request(OrdersDatesDocument, { filter: { products: ['TELEPHONE_NUMBER'] }, first: 100 })).orders!
      .nodes;
    expect(numberOrders).toHaveLength(SEEDED_ORDERS);
    for (const o of numberOrders) expect(o.product).toBe('TELEPHONE_NUMBER');
  });

  it('orders come newest first by default, and a sort on ORDER_ID without a direction is the same order', async () => {
    await stack.control.clearCalls();
    const byDefault = ok(await stack.request(OrdersDocument, { first: 3 })).orders!.edges.map((e) => e.node.id);
    const byIdField = ok(await stack.request(OrdersDocument, { first: 3, sort: { field: 'ORDER_ID' } })).orders!.edges.map(
      (e) => e.node.id,
    );
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
    const line = ok(await stack.gql(`{ order(id: "${orderId}") { lines { nodes { featureStatus { callerId { enabled status } } } } } }`))
      .order.lines.nodes[0];
    expect(line.featureStatus.callerId).toEqual({ enabled: true, status: 'Pending' });
  });
});
