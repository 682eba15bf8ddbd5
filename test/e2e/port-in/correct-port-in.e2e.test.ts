/**
 * End-to-end: a number goes to jeopardy ("PIN required/invalid"), is corrected with correctPortIn
 * (/orderUpdate), and gets its FOC once the losing carrier answers again on the sandbox clock.
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { choose, DAY, daysFromToday, FOREIGN, numberInput, ORDER_PORT_IN } from './port-in-support.js';

const stack = stackPerTest();

const CORRECT = `mutation($input: CorrectPortInInput!) {
  correctPortIn(input: $input) {
    userErrors { path code message }
    order { id numbers { tn status jeopardyReason } }
  }
}`;
type Payload = {
  userErrors: { path: string[]; code: string; message: string }[];
  order: { id: string; numbers: { tn: string; status: string; jeopardyReason: string | null }[] } | null;
};

describe('correctPortIn', () => {
  it('corrects a number in jeopardy through one /orderUpdate; the FOC follows on the sandbox clock', async () => {
    await choose(stack, FOREIGN.slice(0, 2), { jeopardy: null, losingCarrier: 'BellSouth/1' });
    await choose(stack, [FOREIGN[1]!], { jeopardy: 'PIN required/invalid' });
    const ordered = ok(
      await stack.gql(ORDER_PORT_IN, {
        input: { desiredDueDate: daysFromToday(5), numbers: FOREIGN.slice(0, 2).map((tn) => numberInput(tn)) },
      }),
    );
    const orderId = (ordered.orderPortIn as { orderId: string }).orderId;
    await stack.control.advance(DAY + 11_000);
    const correct = async (input: Record<string, unknown>) => ok(await stack.gql(CORRECT, { input })).correctPortIn as Payload;

    // A number that is not in jeopardy is refused after one read; nothing is written.
    await stack.control.clearCalls();
    const wrong = await correct({ orderId, numbers: [{ tn: FOREIGN[0], accountPin: '1111' }] });
    expect(wrong.userErrors).toEqual([
      {
        path: ['input', 'numbers', '0', 'tn'],
        code: 'WRONG_STATUS',
        message: expect.stringMatching(/not in jeopardy \(its status: Received FOC\)/),
      },
    ]);
    expect(await stack.control.servicesCalls('orderUpdate')).toEqual([]);

    // A partial account group is refused before any call.
    const partial = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(CORRECT, { input: { orderId, numbers: [{ tn: FOREIGN[1], accountNumber: '777' }] } }),
      ),
    ).correctPortIn as Payload;
    expect(partial.userErrors.map((e) => e.path.join('.'))).toEqual([
      'input.numbers.0.accountTelephoneNumber',
      'input.numbers.0.authName',
      'input.numbers.0.authDate',
    ]);

    await stack.control.clearCalls();
    const fixed = await correct({
      orderId,
      numbers: [
        {
          tn: FOREIGN[1],
          accountNumber: '777',
          accountTelephoneNumber: '8009247586',
          accountPin: '4321',
          authName: 'Jean Blues',
          authDate: '2025-01-02',
        },
      ],
    });
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.order!.numbers.find((n) => n.tn === FOREIGN[1])).toEqual({ tn: FOREIGN[1], status: 'PENDING_FOC', jeopardyReason: null });
    const sent = await stack.control.servicesCalls('orderUpdate');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({
      orderUpdate: {
        orderId: Number(orderId),
        tnList: { tnItem: [{ tn: Number(FOREIGN[1]), accountNum: '777', authDate: '2025-01-02' }] },
      },
    });
    // One read before the write (is the number in jeopardy?), one after it for the payload's order numbers.
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(2);
    // The PIN reaches the carrier (the number leaves jeopardy), never the response nor the sandbox's call log.
    expect(sent[0]!.body).toMatchObject({ orderUpdate: { tnList: { tnItem: [{ accountPin: '***' }] } } });
    expect(JSON.stringify(sent)).not.toContain('4321');
    expect(JSON.stringify(fixed)).not.toContain('4321');

    await stack.control.advance(DAY);
    const after = ok(await stack.gql(`{ portInOrder(id: "${orderId}") { numbers { tn status focDate } } }`));
    const numbers = (after.portInOrder as { numbers: { tn: string; status: string; focDate: string | null }[] }).numbers;
    expect(numbers.find((n) => n.tn === FOREIGN[1])).toMatchObject({
      status: 'FOC_SECURED',
      focDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
  });
});
