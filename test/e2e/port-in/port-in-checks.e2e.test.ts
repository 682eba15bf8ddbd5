/**
 * End-to-end: port-in batching and refusals. Portability of 500 numbers is one carrier call; bad
 * input is refused before any call; a failed CSR lookup is an answer; a port-in can be canceled.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { daysFromToday, FOREIGN, numberInput, ORDER_PORT_IN } from './port-in-support.js';

const stack = stackPerTest();

describe('portability', () => {
  it('answers 500 numbers (and repeats once) with one /portInAvailability call; 501 is refused before any call', async () => {
    const tns = Array.from({ length: 500 }, (_, i) => `31295${String(70000 + i).padStart(5, '0')}`);
    await stack.control.clearCalls();
    const data = ok(await stack.gql(`query($tns: [TN!]!) { portability(tns: $tns) { tn portable } }`, { tns: [...tns, tns[0]] }));
    expect(data.portability).toHaveLength(500);
    expect(await stack.control.servicesCalls('portInAvailability')).toHaveLength(1);
    const refused = await stack.gql(`query($tns: [TN!]!) { portability(tns: $tns) { tn } }`, { tns: [...tns, '3129579999'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stack.control.servicesCalls('portInAvailability')).toHaveLength(1);
  });
});

describe('customerServiceRecord', () => {
  it('carries a failed lookup in the answer, as the carrier does', async () => {
    const data = ok(await stack.gql(`{ customerServiceRecord(tn: "2222222222") { tn found message accountNumber relatedNumbers } }`));
    expect(data.customerServiceRecord).toEqual({
      tn: '2222222222',
      found: false,
      message: 'Failure: Carrier does not support automated CSR lookups',
      accountNumber: null,
      relatedNumbers: [],
    });
  });
});

describe('orderPortIn validation', () => {
  it('refuses a future authDate, a bad port time, missing end-user fields and the Canadian reseller rule before any call', async () => {
    await stack.control.clearCalls();
    const canadian = numberInput(FOREIGN[1]!, { endUser: { ...numberInput('x').endUser, state: 'ON' } });
    const noName = numberInput(FOREIGN[2]!, { endUser: { ...numberInput('x').endUser, name: ' ' } });
    const data = ok(
      await stack.gql(ORDER_PORT_IN, {
        input: {
          desiredDueDate: daysFromToday(3),
          desiredPortTime: '9am',
          numbers: [numberInput(FOREIGN[0]!, { authDate: daysFromToday(2) }), canadian, noName],
        },
      }),
    );
    const payload = data.orderPortIn as { orderId: null; userErrors: { path: string[]; code: string }[] };
    expect(payload.orderId).toBeNull();
    expect(payload.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual(
      expect.arrayContaining([
        ['input.desiredPortTime', 'INVALID'],
        ['input.numbers.0.authDate', 'INVALID'],
        ['input.numbers.2.endUser.name', 'REQUIRED'],
        ['input.resellerName', 'REQUIRED'],
      ]),
    );
    expect(await stack.control.servicesCalls()).toEqual([]);
  });
});

describe('cancelPortIn', () => {
  it('cancels a pending port-in through /orderCancel; an unknown order is NOT_FOUND', async () => {
    const ordered = ok(
      await stack.gql(ORDER_PORT_IN, { input: { desiredDueDate: daysFromToday(3), numbers: [numberInput(FOREIGN[0]!)] } }),
    );
    const orderId = (ordered.orderPortIn as { orderId: string }).orderId;
    await stack.control.advance(11_000);
    const nodeId = Buffer.from(`PortInOrder:${orderId}`).toString('base64url');
    const node = ok(
      await stack.gql(`query($id: ID!) { node(id: $id) { __typename ... on PortInOrder { id numbers { id tn status } } } }`, {
        id: nodeId,
      }),
    );
    expect(node.node).toMatchObject({ __typename: 'PortInOrder', id: orderId, numbers: [{ tn: FOREIGN[0], status: 'PENDING_FOC' }] });
    const numberId = (node.node as { numbers: { id: string }[] }).numbers[0]!.id;
    const again = ok(await stack.gql(`query($id: ID!) { node(id: $id) { ... on PortingNumber { tn orderId } } }`, { id: numberId }));
    expect(again.node).toEqual({ tn: FOREIGN[0], orderId });
    const cancel = `mutation($id: ID!) { cancelPortIn(input: { orderId: $id }) { userErrors { path code } order { status } } }`;
    expect(ok(await stack.gql(cancel, { id: orderId })).cancelPortIn).toEqual({ userErrors: [], order: { status: 'PENDING_CANCEL' } });
    expect(ok(await stack.gql(cancel, { id: '42' })).cancelPortIn).toEqual({
      userErrors: [{ path: ['input', 'orderId'], code: 'NOT_FOUND' }],
      order: null,
    });
  });
});
