/**
 * End-to-end: requestTelephoneNumbers (/tnRequest).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

interface Line {
  tn: string;
  status: string;
}
interface RequestResult {
  requestTelephoneNumbers: {
    userErrors: { path: string[]; code: string; message: string }[];
    orderId: string | null;
    order: {
      id: string;
      status: string;
      type: string;
      product: string;
      customerOrderReference: string | null;
      numberCount: number;
      lines: { nodes: Line[] };
    } | null;
  };
}

const REQUEST = `mutation($input: RequestTelephoneNumbersInput!) {
  requestTelephoneNumbers(input: $input) {
    userErrors { path code message }
    orderId
    order { id status type product customerOrderReference numberCount lines { nodes { tn status } } }
  }
}`;

const requestNumbers = async (input: Record<string, unknown>) =>
  ok(await stack.gql<RequestResult>(REQUEST, { input })).requestTelephoneNumbers;

const lines = async (id: string) =>
  ok(
    await stack.gql<{ order: { status: string; lines: { nodes: Line[] } } }>(
      `query($id: ID!) { order(id: $id) { status lines { nodes { tn status } } } }`,
      { id },
    ),
  ).order;

const NUMBER = `query($tn: TN!) { telephoneNumber(tn: $tn) { tn status trunkGroupName rateCenter { abbreviation } } }`;

describe('requestTelephoneNumbers', () => {
  it("requests 3 activated numbers in one NPA-NXX with one /tnRequest; they are the account's, In Service, once the order closes", async () => {
    await stack.control.clearCalls();
    const data = await requestNumbers({
      quantity: 3,
      areaCode: '630',
      exchange: '420',
      trunkGroupName: 'CHCGIL24CL1_898',
      activate: true,
      customerOrderReference: 'REQ630',
    });
    expect(data.userErrors).toEqual([]);
    expect(data.orderId).toMatch(/^\d+$/);
    expect(data.order).toMatchObject({
      id: data.orderId,
      status: 'INCOMPLETE',
      type: 'NEW',
      product: 'TELEPHONE_NUMBER',
      customerOrderReference: 'REQ630',
      numberCount: 3,
    });
    const tns = data.order!.lines.nodes.map((l) => l.tn);
    expect(tns).toHaveLength(3);
    for (const tn of tns) expect(tn.startsWith('630420')).toBe(true);

    const calls = await stack.control.servicesCalls('tnRequest');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({
      quantity: 3,
      npa: '630',
      nxx: '420',
      trunkGroup: 'CHCGIL24CL1_898',
      activate: 'Y',
      customerOrderReference: 'REQ630',
    });
    // The payload's order is one /orderDetail, nothing per number.
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['tnRequest', 'orderDetail']);

    await stack.control.advance(INCOMPLETE_MS);
    expect((await lines(data.orderId!)).status).toBe('PENDING');
    await stack.control.advance(3 * ROUTE_MS_PER_TN);
    const closed = await lines(data.orderId!);
    expect(closed.status).toBe('CLOSED');
    expect(closed.lines.nodes.map((l) => l.tn).sort()).toEqual([...tns].sort());
    for (const tn of tns) {
      const read = ok(await stack.gql<{ telephoneNumber: Record<string, unknown> | null }>(NUMBER, { tn })).telephoneNumber;
      expect(read).toEqual({ tn, status: 'IN_SERVICE', trunkGroupName: 'CHCGIL24CL1_898', rateCenter: { abbreviation: 'NAPERVILLE' } });
    }
  });

  it('without activate, the numbers are added to inventory (availableTelephoneNumbers finds them), not to the account', async () => {
    const data = await requestNumbers({ quantity: 2, rateCenter: 'BOISE', state: 'ID' });
    expect(data.userErrors).toEqual([]);
    const tns = data.order!.lines.nodes.map((l) => l.tn);
    expect(tns).toHaveLength(2);
    const found = ok(
      await stack.gql<{ availableTelephoneNumbers: { nodes: { tn: string }[] } }>(
        `query { availableTelephoneNumbers(search: { areaCode: "208", exchange: "342" }, first: 500) { nodes { tn } } }`,
      ),
    ).availableTelephoneNumbers.nodes.map((n) => n.tn);
    expect(found).toEqual(expect.arrayContaining(tns));
    const read = ok(await stack.gql<{ telephoneNumber: unknown }>(NUMBER, { tn: tns[0] })).telephoneNumber;
    expect(read).toBeNull();
    expect(await stack.control.servicesCalls('tnRequest')).toHaveLength(1);
  });

  it('refuses bad input before any call, every problem at its field', async () => {
    const data = await withoutUpstreamCalls(stack, () =>
      requestNumbers({
        quantity: 0,
        exchange: '420',
        rateCenter: 'CHICAGO',
        lata: '35',
        trunkGroupName: 'x'.repeat(101),
        customerOrderReference: 'not ok!',
      }),
    );
    expect(data.orderId).toBeNull();
    expect(data.order).toBeNull();
    expect(data.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.quantity', 'OUT_OF_RANGE'],
      ['input.areaCode', 'REQUIRED'],
      ['input.lata', 'INVALID'],
      ['input.state', 'REQUIRED'],
      ['input.trunkGroupName', 'TOO_LONG'],
      ['input.customerOrderReference', 'INVALID'],
    ]);
    const state = await withoutUpstreamCalls(stack, () => requestNumbers({ quantity: 1, state: 'Illinois', areaCode: '31' }));
    expect(state.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.areaCode', 'INVALID'],
      ['input.state', 'INVALID'],
    ]);
  });

  it("an unknown trunk group is the carrier's refusal, at trunkGroupName, after its one call", async () => {
    await stack.control.clearCalls();
    const data = await requestNumbers({ quantity: 1, areaCode: '312', trunkGroupName: 'Main Trunk Group', activate: true });
    expect(data.orderId).toBeNull();
    expect(data.userErrors).toEqual([
      {
        path: ['input', 'trunkGroupName'],
        code: 'REJECTED',
        message: 'The carrier refused the request: Invalid Input Parameters: Invalid trunk group name Main Trunk Group',
      },
    ]);
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['tnRequest']);
  });
});
