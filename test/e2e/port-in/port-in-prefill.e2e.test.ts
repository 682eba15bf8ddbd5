/**
 * End-to-end: a first-time user's port-in without copying field by field. The CSR's `endUser`,
 * `accountNumber`, `accountTelephoneNumber` and `authName` go into orderPortIn as they are; a number
 * in jeopardy (chosen by its GraphQL reason name) shows its reason text on its order line, and the
 * order's counts say how many numbers still wait for a port date.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { choose, DAY, daysFromToday, FOREIGN } from './port-in-support.js';

const stack = stackPerTest();

/** Exactly EndUserInput's fields: the selection a frontend uses to pass the object on. */
const END_USER = `endUser { name streetNum streetPreDir streetName streetType streetPostDir locationType1 locationValue1
  locationType2 locationValue2 locationType3 locationValue3 city state postalCode typeOfService }`;
const CSR = `query($tn: TN!) { customerServiceRecord(tn: $tn) { accountNumber accountTelephoneNumber authName ${END_USER} } }`;
const ORDER = `mutation($input: OrderPortInInput!) {
  orderPortIn(input: $input) { orderId userErrors { path message code } order { counts { total focSecured rejected activated pending } } }
}`;
const COUNTS = 'counts { total focSecured rejected activated pending }';

type Csr = { accountNumber: string; accountTelephoneNumber: string; authName: string; endUser: Record<string, unknown> };

describe('orderPortIn prefilled from customerServiceRecord', () => {
  it('takes the CSR answer verbatim; the line in jeopardy has its reason label; pending counts the numbers without a port date', async () => {
    await choose(stack, FOREIGN.slice(0, 2), { jeopardy: null, losingCarrier: 'BellSouth/1' });
    // The GraphQL reason name is accepted by the sandbox control as well as the carrier's text.
    await choose(stack, [FOREIGN[1]!], { jeopardy: 'PIN_REQUIRED_INVALID' });
    await stack.control.clearCalls();

    const records: Csr[] = [];
    for (const tn of FOREIGN.slice(0, 2)) records.push(ok(await stack.gql(CSR, { tn })).customerServiceRecord as Csr);
    expect(records[0]!.endUser).toMatchObject({
      name: 'Inteliquent',
      streetNum: '10300',
      streetName: '6th',
      streetType: 'Ave',
      streetPostDir: 'N',
      city: 'Minneapolis',
      state: 'MN',
      postalCode: '55441',
      typeOfService: 'BUSINESS',
      locationType1: null,
    });
    expect(await stack.control.servicesCalls('tnCsrLookup')).toHaveLength(2);

    const numbers = FOREIGN.slice(0, 2).map((tn, i) => ({
      tn,
      trunkGroupName: 'CHCGIL24CL1_897',
      authDate: '2025-01-01',
      ...records[i]!, // accountNumber, accountTelephoneNumber, authName and endUser, unrenamed
    }));
    const ordered = ok(await stack.gql(ORDER, { input: { desiredDueDate: daysFromToday(5), numbers } })).orderPortIn as {
      orderId: string;
      userErrors: unknown[];
      order: { counts: Record<string, number | null> };
    };
    expect(ordered.userErrors).toEqual([]);
    expect(ordered.order.counts).toEqual({ total: 2, focSecured: 0, rejected: 0, activated: 0, pending: 2 });
    const sent = (await stack.control.servicesCalls('portInOrder'))[0]!.body as {
      portInOrder: { tnList: { tnItem: { accountNum: string; authName: string; endUser: Record<string, unknown> }[] } };
    };
    expect(await stack.control.servicesCalls('portInOrder')).toHaveLength(1);
    expect(sent.portInOrder.tnList.tnItem[0]).toMatchObject({
      accountNum: records[0]!.accountNumber,
      authName: 'Jane Doe',
      endUser: { name: 'Inteliquent', streetNum: '10300', streetName: '6th', city: 'Minneapolis', postalCode: '55441', typeOfService: 'B' },
    });

    // A day later the carrier answered: one FOC, one rejection. (The token expired: renew it before counting.)
    await stack.control.advance(DAY + 11_000);
    ok(await stack.gql('{ order(id: "1025000") { id } }'));
    await stack.control.clearCalls();
    const after = ok(
      await stack.gql(
        `query($id: ID!) {
          portInOrder(id: $id) { ${COUNTS} }
          order(id: $id) { lines(first: 10) { nodes { tn ... on PortInOrderLine { portStatus jeopardyReason jeopardyReasonLabel } } } }
        }`,
        { id: ordered.orderId },
      ),
    ) as { portInOrder: { counts: object }; order: { lines: { nodes: { tn: string }[] } } };
    expect(after.portInOrder.counts).toEqual({ total: 2, focSecured: 1, rejected: 1, activated: 0, pending: 0 });
    const lines = FOREIGN.slice(0, 2).map((tn) => after.order.lines.nodes.find((l) => l.tn === tn));
    expect(lines).toEqual([
      { tn: FOREIGN[0], portStatus: 'FOC_SECURED', jeopardyReason: null, jeopardyReasonLabel: null },
      { tn: FOREIGN[1], portStatus: 'JEOPARDY', jeopardyReason: 'PIN_REQUIRED_INVALID', jeopardyReasonLabel: 'PIN required/invalid' },
    ]);
    expect(await stack.control.servicesCalls('portInOrderList')).toHaveLength(1);
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);
  });

  it('has no endUser when the lookup failed', async () => {
    const data = ok(await stack.gql(`{ customerServiceRecord(tn: "2222222222") { found endUser { name } } }`));
    expect(data.customerServiceRecord).toEqual({ found: false, endUser: null });
  });
});
