/**
 * End-to-end: a pending port-out is an order (productId 114) that `orders` lists and `order(id:)`
 * reads with its lines and port-out state; rejecting and approving move it. Client → gateway →
 * sandbox carrier over real HTTP, upstream calls counted in the sandbox call log.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

async function openPortOut(tns: string[]): Promise<string> {
  const res = await fetch(`${stack.control.url}/_sandbox/port-outs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tns, portInDays: 4 }),
  });
  expect(res.status).toBe(200);
  return String(((await res.json()) as { orderId: number }).orderId);
}

const LIST = `{
  orders(filter: { products: [PORT_OUT], statuses: [PENDING] }) {
    totalCount
    nodes { id status product productLabel type portOuts { tn status numberStatusLabel numberStatus rejectReason portDate } }
  }
}`;
const ORDER = `query($id: ID!) {
  order(id: $id) {
    id status product
    lines { nodes { __typename tn status statusLabel ... on PortOutOrderLine { portOutStatus rejectReason } } }
    portOuts { orderId tn status numberStatusLabel numberStatus rejectReason createdAt portDate }
  }
}`;
const REJECT = `mutation($input: RejectPortOutInput!) { rejectPortOut(input: $input) { tn userErrors { path code message } } }`;
const APPROVE = `mutation($input: ApprovePortOutInput!) { approvePortOut(input: $input) { orderId userErrors { path code message } } }`;

const calls = async (op: string) => (await stack.control.servicesCalls(op)).length;

describe('pending port-outs as orders', () => {
  it('lists pending port-outs with their numbers (one list, one detail per order) and reads one with its lines and state', async () => {
    const first = await openPortOut(['3123489651', '3123489652']);
    const second = await openPortOut(['3123489653']);
    await stack.control.clearCalls();

    const list = ok(await stack.gql(LIST)).orders;
    expect(list.totalCount).toBe(2);
    expect(list.nodes.map((o: { id: string }) => o.id)).toEqual([second, first]);
    expect(list.nodes[1]).toEqual({
      id: first,
      status: 'PENDING',
      product: 'PORT_OUT',
      productLabel: 'LNP Port-Out',
      type: 'DISCONNECT',
      portOuts: [
        {
          tn: '3123489651',
          status: 'PENDING',
          numberStatusLabel: 'Pending',
          numberStatus: 'PENDING',
          rejectReason: null,
          portDate: expect.stringMatching(/T00:00:00/),
        },
        {
          tn: '3123489652',
          status: 'PENDING',
          numberStatusLabel: 'Pending',
          numberStatus: 'PENDING',
          rejectReason: null,
          portDate: expect.stringMatching(/T00:00:00/),
        },
      ],
    });
    expect(await calls('orderList')).toBe(1);
    expect(await calls('orderDetail')).toBe(2);
    // Pending port-outs are not in the history: it is not read.
    expect(await calls('tnPortOutHistory')).toBe(0);

    ok(await stack.gql(REJECT, { input: { orderId: first, tn: '3123489651', reason: 'INVALID_ZIP_CODE' } }));
    expect(ok(await stack.gql(APPROVE, { input: { orderId: first } })).approvePortOut.userErrors).toEqual([]);
    await stack.control.clearCalls();
    const order = ok(await stack.gql(ORDER, { id: first })).order;
    expect(order.lines.nodes).toEqual([
      {
        __typename: 'PortOutOrderLine',
        tn: '3123489651',
        status: 'JEOPARDY',
        statusLabel: 'Invalid zip code',
        portOutStatus: 'REJECTED',
        rejectReason: 'INVALID_ZIP_CODE',
      },
      {
        __typename: 'PortOutOrderLine',
        tn: '3123489652',
        status: null,
        statusLabel: 'Approved',
        portOutStatus: 'APPROVED',
        rejectReason: null,
      },
    ]);
    expect(order.portOuts).toEqual([
      {
        orderId: first,
        tn: '3123489651',
        status: 'PENDING',
        numberStatusLabel: 'Invalid zip code',
        numberStatus: 'REJECTED',
        rejectReason: 'INVALID_ZIP_CODE',
        createdAt: expect.any(String),
        portDate: expect.stringMatching(/T00:00:00/),
      },
      expect.objectContaining({ tn: '3123489652', numberStatusLabel: 'Approved', numberStatus: 'APPROVED', rejectReason: null }),
    ]);
    // `lines` and `portOuts` share the one detail read: the line types' own fields cost no call.
    expect(await calls('orderDetail')).toBe(1);
    expect(await calls('tnPortOutHistory')).toBe(0);

    // The port date: the approved number leaves, the rejected one stays.
    await stack.control.advance(4 * 86_400_000);
    const closed = ok(await stack.gql(ORDER, { id: first })).order;
    expect(closed.status).toBe('CLOSED');
    expect(closed.lines.nodes.map((l: { tn: string; portOutStatus: string }) => [l.tn, l.portOutStatus])).toEqual([
      ['3123489651', 'REJECTED'],
      ['3123489652', 'PORTED'],
    ]);
    expect(closed.portOuts).toEqual([expect.objectContaining({ tn: '3123489652', status: 'CLOSED', numberStatus: 'PORTED' })]);
  });

  it('settles: rejected entirely it leaves the pending list and reads from the history', async () => {
    const orderId = await openPortOut(['3123489654']);
    ok(await stack.gql(REJECT, { input: { orderId, tn: '3123489654', reason: 'PIN_INVALID' } }));
    expect(ok(await stack.gql(LIST)).orders.totalCount).toBe(0);
    await stack.control.clearCalls();
    const order = ok(await stack.gql(ORDER, { id: orderId })).order;
    expect(order.status).toBe('CANCELED');
    expect(order.portOuts).toEqual([
      expect.objectContaining({ orderId, tn: '3123489654', status: 'CANCELED', numberStatusLabel: null, numberStatus: 'CANCELED' }),
    ]);
    expect(await calls('tnPortOutHistory')).toBe(1);
    expect(await calls('orderDetail')).toBe(1);
  });
});
