/**
 * End-to-end, as a frontend developer would in GraphiQL: find a vanity number, order it on a
 * routing label, add messaging, forward it, disconnect it; with the validation that keeps bad
 * input from the carrier, and the per-number refusals as userErrors.
 */
import { describe, expect, it } from 'vitest';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('availableTollFreeNumbers', () => {
  it('finds a vanity number in one /tfInventory call', async () => {
    const data = ok(
      await stack.gql(
        `{ availableTollFreeNumbers(search: { vanity: "844CALLNOW", quantity: 5 }) { count numbers { tn respOrg { id } cics { code } } } }`,
      ),
    );
    expect(data['availableTollFreeNumbers']).toEqual({
      count: 1,
      numbers: [
        { tn: '8442255669', respOrg: { id: 'QYR01' }, cics: [{ code: '0913' }, { code: '0555' }, { code: '5102' }, { code: '2121' }] },
      ],
    });
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.body)).toEqual([expect.objectContaining({ tnWildcard: '844CALLNOW', quantity: 5 })]);
  });

  it('refuses both patterns, a bad vanity, and too large a quantity before any call', async () => {
    for (const search of [
      '{ mask: "800xxxxxxx", vanity: "8*CALL", quantity: 1 }',
      '{ vanity: "8*CA*LL", quantity: 1 }',
      '{ vanity: "CALL", quantity: 1 }',
      '{ mask: "800xxxxxxx", quantity: 1001 }',
      '{ mask: "800xxxxxxx", quantity: 11, sequential: true }',
    ]) {
      const res = await withoutUpstreamCalls(stack, () => stack.gql(`{ availableTollFreeNumbers(search: ${search}) { count } }`));
      expect(onlyError(res).extensions?.['code'], search).toBe('BAD_USER_INPUT');
    }
  });
});

const ORDER = `mutation($input: OrderTollFreeNumbersInput!) { orderTollFreeNumbers(input: $input) {
  orderId numbers { tn status routingLabel { name } respOrg { id } features { messaging { messageClass } } }
  excludedNumbers { tn reason } userErrors { path code message } order { id status } } }`;

describe('the life of a toll-free number', () => {
  it('order from inventory, add messaging, forward, disconnect', async () => {
    const ordered = ok(
      await stack.gql(ORDER, {
        input: {
          product: 'FROM_INVENTORY',
          numbers: [
            { tn: '8442255669', routingLabel: 'Chicago main' },
            { tn: '8774514545', routingLabel: 'Chicago main' },
          ],
        },
      }),
    )['orderTollFreeNumbers'];
    expect(ordered).toMatchObject({
      orderId: null,
      numbers: [{ tn: '8442255669', status: 'IN_SERVICE', routingLabel: { name: 'NTCHI-1050-8XX-950' }, respOrg: { id: 'LQX01' } }],
      excludedNumbers: [{ tn: '8774514545', reason: 'TN is marked Not Available in our inventory' }],
      userErrors: [{ path: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED' }],
      order: null,
    });
    expect((await stack.control.servicesCalls('tfOrder'))[0]!.body).toMatchObject({ productAbbr: '8XXAVAIL' });

    const features = ok(
      await stack.gql(`mutation { updateTollFreeNumberFeatures(input: { numbers: [{ tn: "8442255669", messaging: { messageClass: A2P8XX, messageType: SMSMMS } }] }) {
        orderId userErrors { code } order { status } } }`),
    )['updateTollFreeNumberFeatures'];
    expect(features).toMatchObject({ orderId: expect.any(String), userErrors: [], order: { status: 'INCOMPLETE' } });
    await stack.control.advance(30_000);
    const withMessaging = ok(
      await stack.gql(`{ tollFreeNumber(tn: "8442255669") { features { messaging { messageClass messageType } } } }`),
    );
    expect(withMessaging['tollFreeNumber'].features.messaging).toEqual({ messageClass: 'A2P8XX', messageType: 'SMSMMS' });

    const forwarded = ok(
      await stack.gql(
        `mutation { updateCallForwarding(input: { numbers: [{ tn: "8442255669", forwardTo: "3123752629" }] }) { orderIds userErrors { code } } }`,
      ),
    )['updateCallForwarding'];
    expect(forwarded).toEqual({ orderIds: [expect.any(String)], userErrors: [] });
    const forwarding = ok(await stack.gql(`{ tollFreeNumber(tn: "8442255669") { callForwarding { forwardTo } } }`));
    expect(forwarding['tollFreeNumber'].callForwarding).toEqual({ forwardTo: '3123752629' });

    const disconnected = ok(
      await stack.gql(
        `mutation { disconnectTollFreeNumbers(input: { numbers: ["8442255669"] }) { orderId numbers { status } userErrors { code } } }`,
      ),
    )['disconnectTollFreeNumbers'];
    expect(disconnected).toMatchObject({ orderId: expect.any(String), numbers: [{ status: 'PENDING_DISCONNECT' }], userErrors: [] });
    await stack.control.advance(30_000);
    expect(ok(await stack.gql(`{ tollFreeNumber(tn: "8442255669") { tn } }`))['tollFreeNumber']).toBeNull();
  });

  it('load onto our CIC: an order in the shared order store, whose line links to the number and its label', async () => {
    const ordered = ok(
      await stack.gql(ORDER, {
        input: {
          product: 'LOAD_ON_OUR_CIC',
          customerOrderReference: 'TestOrder08',
          numbers: [{ tn: '8882355544', routingLabel: 'NTNYC-690-8XX-123', respOrgId: 'ABC01', cics: ['0913'] }],
        },
      }),
    )['orderTollFreeNumbers'];
    expect(ordered).toMatchObject({
      orderId: expect.any(String),
      numbers: [{ tn: '8882355544', status: 'PENDING' }],
      order: { status: 'INCOMPLETE' },
    });
    await stack.control.advance(60_000);
    const order = ok(
      await stack.gql(
        `query($id: ID!) { order(id: $id) { status lines { nodes { tn tollFreeNumber { status routingLabel { name } respOrg { id } } } } } }`,
        {
          id: ordered.orderId,
        },
      ),
    );
    expect(order['order']).toMatchObject({
      status: 'CLOSED',
      lines: {
        nodes: [
          {
            tn: '8882355544',
            tollFreeNumber: { status: 'IN_SERVICE', routingLabel: { name: 'NTNYC-690-8XX-123' }, respOrg: { id: 'ABC01' } },
          },
        ],
      },
    });
    // And back: the number lists its orders, read with one order-list call.
    await stack.control.clearCalls();
    const back = ok(await stack.gql(`{ tollFreeNumber(tn: "8882355544") { orders(first: 5) { nodes { id productLabel } } } }`));
    expect(back['tollFreeNumber']).toMatchObject({ orders: { nodes: [{ id: ordered.orderId }] } });
    expect(await stack.control.servicesCalls('orderList')).toHaveLength(1);
  });

  it('move numbers to another label', async () => {
    const moved = ok(
      await stack.gql(`mutation { updateTollFreeNumberRouting(input: { numbers: [{ tn: "8002012311", routingLabel: "NTDAL-220-8XX-410" }, { tn: "8885550103", routingLabel: "NTDAL-220-8XX-410" }] }) {
        orderId excludedNumbers { tn reason } userErrors { path code } } }`),
    )['updateTollFreeNumberRouting'];
    expect(moved).toEqual({
      orderId: expect.any(String),
      excludedNumbers: [{ tn: '8885550103', reason: 'TN is not in service' }],
      userErrors: [{ path: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED' }],
    });
    await stack.control.advance(30_000);
    const after = ok(await stack.gql(`{ tollFreeNumber(tn: "8002012311") { routingLabel { name } } }`));
    expect(after['tollFreeNumber'].routingLabel).toEqual({ name: 'NTDAL-220-8XX-410' });
  });
});

describe('validation before any call', () => {
  const userErrors = async (mutation: string) => {
    const res = await withoutUpstreamCalls(stack, () => stack.gql(mutation));
    const data = ok(res);
    return Object.values(data)[0].userErrors as { path: string[]; code: string }[];
  };

  it('refuses non toll-free numbers, a bad RespOrg, a bad CIC, a calling name without a letter, and a port-in without LOA', async () => {
    const errors = await userErrors(`mutation { orderTollFreeNumbers(input: { product: PORT_IN, numbers: [
      { tn: "3125550100", routingLabel: "X" },
      { tn: "8002010000", routingLabel: "X", respOrgId: "ABC0", cics: ["913"], features: { callerId: { callingName: "12345" } } }
    ] }) { userErrors { path code } } }`);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: ['input', 'numbers', '0', 'tn'], code: 'INVALID' },
        { path: ['input', 'letterOfAuthorization'], code: 'REQUIRED' },
        { path: ['input', 'numbers', '1', 'respOrgId'], code: 'INVALID' },
        { path: ['input', 'numbers', '1', 'cics', '0'], code: 'INVALID' },
        { path: ['input', 'numbers', '1', 'features', 'callerId', 'callingName'], code: 'INVALID' },
      ]),
    );
  });

  it('a calling name over 15 characters; a feature set and removed at once; forwardTo or remove', async () => {
    expect(
      await userErrors(
        `mutation { updateTollFreeNumberFeatures(input: { numbers: [{ tn: "8002012311", callerId: { callingName: "ABCDEFGHIJKLMNOP" }, removeMessaging: true, messaging: { messageClass: P2P, messageType: SMS } }] }) { userErrors { path code } } }`,
      ),
    ).toEqual([
      { path: ['input', 'numbers', '0', 'callerId', 'callingName'], code: 'TOO_LONG' },
      { path: ['input', 'numbers', '0', 'removeMessaging'], code: 'CONFLICT' },
    ]);
    expect(
      await userErrors(
        `mutation { updateCallForwarding(input: { numbers: [{ tn: "8002012311" }, { tn: "3123489651", forwardTo: "3123752629", remove: true }] }) { userErrors { path code } } }`,
      ),
    ).toEqual([
      { path: ['input', 'numbers', '0'], code: 'CONFLICT' },
      { path: ['input', 'numbers', '1'], code: 'CONFLICT' },
    ]);
  });
});
