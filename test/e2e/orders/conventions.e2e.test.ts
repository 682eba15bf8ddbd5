/**
 * End-to-end: orders follow the schema conventions (docs/SCHEMA-CONVENTIONS.md):
 * enums with the carrier's label, several statuses in one filter, lines and
 * numbers as connections, and orders as `Node`s.
 */
import { describe, expect, it } from 'vitest';
import { globalId } from '../../../src/graph/common/node.js';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers } from '../../support/orders.js';
import { SEEDED_ORDERS } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder } = orderHelpers(stack);

type Orders = { orders: { totalCount: number; nodes: { id: string; status: string; statusLabel: string }[] } };

describe('orders speak the conventions', () => {
  it('each enum has the carrier label beside it; the former names answer the same', async () => {
    const order = ok(
      await stack.gql(`{ order(id: "1025001") { status statusLabel product productLabel productName type typeLabel serviceOrderName } }`),
    ).order;
    expect(order).toMatchObject({ status: 'CLOSED', statusLabel: 'Closed', product: 'TELEPHONE_NUMBER', type: 'NEW' });
    expect(order.productLabel).toBe('Telephone Number');
    expect(order.productName).toBe(order.productLabel);
    expect(order.serviceOrderName).toBe(order.typeLabel);
    expect(order.typeLabel).toBe('New');
  });

  it('statuses takes several: one /orderList per status, merged newest first; one status is one call', async () => {
    const placed = await placeFeatureOrder('OPEN1', ['6123453622']);
    await stack.control.clearCalls();
    const both = ok(
      await stack.gql<Orders>(
        `{ orders(first: 3, filter: { statuses: [INCOMPLETE, CLOSED] }) { totalCount nodes { id status statusLabel } } }`,
      ),
    ).orders;
    expect(both.totalCount).toBe(SEEDED_ORDERS + 1);
    expect(both.nodes.map((o) => o.id)).toEqual([placed, '1025056', '1025055']);
    expect(both.nodes[0]).toMatchObject({ status: 'INCOMPLETE', statusLabel: expect.stringMatching(/incomplete/i) });
    const calls = await stack.control.servicesCalls('orderList');
    expect(calls.map((c) => (c.body as { orderStatus?: string }).orderStatus).sort()).toEqual(['CLSD', 'INCOMPLT']);

    await stack.control.clearCalls();
    const closed = ok(
      await stack.gql<Orders>(`{ orders(first: 2, filter: { statuses: [CLOSED] }) { totalCount nodes { id status statusLabel } } }`),
    ).orders;
    expect(closed.totalCount).toBe(SEEDED_ORDERS);
    expect(await stack.control.servicesCalls('orderList')).toHaveLength(1);
    // The former single-value filter is still accepted.
    const former = ok(
      await stack.gql<Orders>(`{ orders(first: 2, filter: { status: CLOSED }) { totalCount nodes { id status statusLabel } } }`),
    ).orders;
    expect(former).toEqual(closed);
  });

  it('status and statuses together are refused at the former name, before any call', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(`{ orders(filter: { status: CLOSED, statuses: [PENDING] }) { totalCount } }`),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['filter', 'status'] });
  });

  it('lines page through the order: one order read per request, 500 at most', async () => {
    const placed = await placeFeatureOrder('PAGES1', ['6123453622', '6123453623', '6123453624']);
    await stack.control.clearCalls();
    const first = ok(
      await stack.gql(
        `query($id: ID!) { order(id: $id) { lines(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { tn statusLabel statusName } } } }`,
        { id: placed },
      ),
    ).order.lines;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((l: { tn: string }) => l.tn)).toEqual(['6123453622', '6123453623']);
    expect(first.nodes[0].statusName).toBe(first.nodes[0].statusLabel);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await stack.gql(
        `query($id: ID!, $after: String) { order(id: $id) { lines(first: 2, after: $after) { pageInfo { hasNextPage } nodes { tn } } } }`,
        {
          id: placed,
          after: first.pageInfo.endCursor,
        },
      ),
    ).order.lines;
    expect(rest).toEqual({ pageInfo: { hasNextPage: false }, nodes: [{ tn: '6123453624' }] });
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(2);

    // The order is read before its fields' arguments are, so only the page size is refused.
    const page = await stack.gql(`{ order(id: "1025001") { lines(first: 501) { totalCount } } }`);
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['first'] });
  });

  it('an order is a Node: node(id:) reads it back by Order.id or by its global form', async () => {
    const res = ok(
      await stack.gql(
        `query($global: ID!) { byId: node(id: "1025001") { __typename id ... on Order { status } } byGlobal: node(id: $global) { id } }`,
        { global: globalId('Order', '1025001') },
      ),
    );
    expect(res.byId).toEqual({ __typename: 'Order', id: '1025001', status: 'CLOSED' });
    expect(res.byGlobal).toEqual({ id: '1025001' });
  });
});
