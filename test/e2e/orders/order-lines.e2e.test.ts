/**
 * End-to-end: every order product has its own line type, chosen by the order's product and type, so a frontend
 * tells them apart by `__typename` and asks each for its own fields — with no call beyond the order's one detail read.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { choose, DAY, daysFromToday, FOREIGN, numberInput, ORDER_PORT_IN } from '../port-in/port-in-support.js';

const stack = stackPerTest();

const LINES = `query($id: ID!) {
  order(id: $id) {
    id product type
    lines(first: 10) {
      nodes {
        __typename tn status
        ... on PortInOrderLine {
          portStatus jeopardyReason focDate portTime activationGroup accountNumber accountTelephoneNumber authName authorizedOn
        }
        ... on TollFreeOrderLine { routingLabel respOrgName cics }
      }
    }
  }
}`;

type Line = Record<string, unknown> & { __typename: string; tn: string };
const linesOf = async (id: string) => {
  const order = ok(await stack.gql(LINES, { id })).order as { product: string; type: string; lines: { nodes: Line[] } };
  return order;
};

const orderIdOf = (payload: unknown, field: string): string => {
  const p = (payload as Record<string, { orderId: string | null; userErrors: unknown[] }>)[field]!;
  expect(p.userErrors).toEqual([]);
  expect(p.orderId).toMatch(/^\d+$/);
  return p.orderId!;
};

describe('order lines typed by product', () => {
  it('a seeded new-number order has NumberOrderLines', async () => {
    await stack.control.clearCalls();
    const order = await linesOf('1025000');
    expect(order).toMatchObject({ product: 'TELEPHONE_NUMBER', type: 'NEW' });
    expect(new Set(order.lines.nodes.map((l) => l.__typename))).toEqual(new Set(['NumberOrderLine']));
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);
  });

  it('a trunk group change, a feature change and a disconnect each have their own line type', async () => {
    const moved = orderIdOf(
      ok(
        await stack.gql(
          `mutation { updateTelephoneNumberTrunkGroup(input: { numbers: [{ tn: "3124795862", trunkGroupName: "CHCGIL24CL1_898" }] }) {
            orderId userErrors { path message code } } }`,
        ),
      ),
      'updateTelephoneNumberTrunkGroup',
    );
    const featured = orderIdOf(
      ok(
        await stack.gql(
          `mutation { updateTelephoneNumberFeatures(input: { numbers: [{ tn: "3124795863", features: { callerId: { callingName: "ACME" } } }] }) {
            orderId userErrors { path message code } } }`,
        ),
      ),
      'updateTelephoneNumberFeatures',
    );
    const disconnected = orderIdOf(
      ok(
        await stack.gql(`mutation { disconnectTelephoneNumbers(input: { numbers: ["3123489654"] }) {
          orderId userErrors { path message code } } }`),
      ),
      'disconnectTelephoneNumbers',
    );

    expect(await linesOf(moved)).toMatchObject({
      product: 'TELEPHONE_NUMBER',
      type: 'CHANGE',
      lines: { nodes: [{ __typename: 'TrunkGroupChangeOrderLine', tn: '3124795862' }] },
    });
    expect(await linesOf(featured)).toMatchObject({
      product: 'TN_FEATURE',
      lines: { nodes: [{ __typename: 'FeatureChangeOrderLine', tn: '3124795863' }] },
    });
    expect(await linesOf(disconnected)).toMatchObject({
      type: 'DISCONNECT',
      lines: { nodes: [{ __typename: 'DisconnectOrderLine', tn: '3123489654' }] },
    });
  });

  it('a port-in order has PortInOrderLines with each number’s port status and account data, and links to its port-in side', async () => {
    await choose(stack, FOREIGN.slice(0, 2), { jeopardy: null, losingCarrier: 'BellSouth/1' });
    await choose(stack, [FOREIGN[1]!], { jeopardy: 'PIN required/invalid' });
    const ordered = ok(
      await stack.gql(ORDER_PORT_IN, {
        input: { desiredDueDate: daysFromToday(5), numbers: FOREIGN.slice(0, 2).map((tn) => numberInput(tn)) },
      }),
    ).orderPortIn as { orderId: string; userErrors: unknown[] };
    expect(ordered.userErrors).toEqual([]);
    await stack.control.advance(DAY + 11_000);
    // A day later the gateway's token has expired: renew it before counting calls.
    ok(await stack.gql('{ order(id: "1025000") { id } }'));

    await stack.control.clearCalls();
    const order = await linesOf(ordered.orderId);
    expect(order.product).toBe('PORT_IN');
    const [secured, rejected] = FOREIGN.slice(0, 2).map((tn) => order.lines.nodes.find((l) => l.tn === tn)!);
    expect(secured).toMatchObject({
      __typename: 'PortInOrderLine',
      portStatus: 'FOC_SECURED',
      jeopardyReason: null,
      focDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      accountNumber: '12345',
      accountTelephoneNumber: '8009247586',
      authName: 'Jean Blues',
      authorizedOn: '2025-01-01',
    });
    expect(rejected).toMatchObject({ __typename: 'PortInOrderLine', portStatus: 'JEOPARDY', jeopardyReason: 'PIN_REQUIRED_INVALID' });
    // The PIN itself never comes back.
    expect(JSON.stringify(order)).not.toContain('9876');
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);

    // Order → its port-in side, and back: one /portInOrderList for the counts, one /orderDetail for the order.
    await stack.control.clearCalls();
    const linked = ok(
      await stack.gql(`{ order(id: "${ordered.orderId}") { portIn { id counts { total focSecured rejected } order { id product } } } }`),
    ).order as { portIn: { id: string; counts: Record<string, number>; order: { id: string; product: string } } };
    expect(linked.portIn).toEqual({
      id: ordered.orderId,
      counts: { total: 2, focSecured: 1, rejected: 1 },
      order: { id: ordered.orderId, product: 'PORT_IN' },
    });
    expect(await stack.control.servicesCalls('portInOrderList')).toHaveLength(1);
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);
  });

  it('a list of port-in orders reads their port-in side from one page of the port-in list', async () => {
    const ids: string[] = [];
    for (const tn of FOREIGN) {
      const ordered = ok(await stack.gql(ORDER_PORT_IN, { input: { desiredDueDate: daysFromToday(5), numbers: [numberInput(tn)] } }))
        .orderPortIn as { orderId: string };
      ids.push(ordered.orderId);
    }
    await stack.control.clearCalls();
    const listed = ok(await stack.gql(`{ orders(filter: { products: [PORT_IN] }) { nodes { id portIn { id counts { total } } } } }`))
      .orders as { nodes: { id: string; portIn: { id: string; counts: { total: number } } }[] };
    expect(listed.nodes.map((o) => o.id).sort()).toEqual([...ids].sort());
    for (const o of listed.nodes) expect(o.portIn).toEqual({ id: o.id, counts: { total: 1 } });
    expect(await stack.control.servicesCalls('portInOrderList')).toHaveLength(1);
  });

  it('a port-out order has PortOutOrderLines', async () => {
    const res = await fetch(`${stack.control.url}/_sandbox/port-outs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tns: ['3123489651'], portInDays: 4 }),
    });
    const orderId = String(((await res.json()) as { orderId: number }).orderId);
    expect(await linesOf(orderId)).toMatchObject({
      product: 'PORT_OUT',
      lines: { nodes: [{ __typename: 'PortOutOrderLine', tn: '3123489651' }] },
    });
  });

  it('a toll-free load has TollFreeOrderLines with the routing label, RespOrg and CICs', async () => {
    const ordered = ok(
      await stack.gql(
        `mutation { orderTollFreeNumbers(input: { product: LOAD_ON_OUR_CIC, numbers: [
          { tn: "8882355544", routingLabel: "NTNYC-690-8XX-123", respOrgId: "ABC01", cics: ["0913"] }] }) {
          orderId userErrors { path message code } } }`,
      ),
    );
    const orderId = orderIdOf(ordered, 'orderTollFreeNumbers');
    await stack.control.clearCalls();
    expect(await linesOf(orderId)).toMatchObject({
      product: 'TOLL_FREE_LOAD',
      lines: {
        nodes: [
          {
            __typename: 'TollFreeOrderLine',
            tn: '8882355544',
            routingLabel: 'NTNYC-690-8XX-123',
            respOrgName: expect.any(String),
            cics: ['0913'],
          },
        ],
      },
    });
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);
  });

  it('any other order has no port-in side, at no cost', async () => {
    await stack.control.clearCalls();
    const order = ok(await stack.gql(`{ order(id: "1025000") { portIn { id } } }`)).order as { portIn: unknown };
    expect(order.portIn).toBeNull();
    expect(await stack.control.servicesCalls('portInOrderList')).toEqual([]);
  });
});
