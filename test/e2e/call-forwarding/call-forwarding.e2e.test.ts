/** End-to-end: call forwarding on telephone numbers and toll-free numbers; each list is read once per request. */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('callForwarding', () => {
  it('TelephoneNumber.callForwarding over many numbers costs one /tnForwardList call', async () => {
    const data = ok(
      await stack.gql(`{ telephoneNumbers(filter: { tnMask: "312348965x" }, first: 5) { nodes { tn callForwarding { forwardTo } } } }`),
    );
    const forwarded = data['telephoneNumbers'].nodes.filter((n: { callForwarding: unknown }) => n.callForwarding !== null);
    expect(forwarded).toEqual([{ tn: '3123489652', callForwarding: { forwardTo: '3123752629' } }]);
    expect(await stack.control.servicesCalls('tnForwardList')).toHaveLength(1);
  });

  it('TollFreeNumber.callForwarding over a page costs one /tfForwardList call', async () => {
    const data = ok(await stack.gql(`{ tollFreeNumbers(first: 10) { nodes { tn callForwarding { forwardTo } } } }`));
    expect(data['tollFreeNumbers'].nodes[1]).toEqual({ tn: '8002012312', callForwarding: { forwardTo: '3123752629' } });
    expect(await stack.control.servicesCalls('tfForwardList')).toHaveLength(1);
  });
});

describe('updateCallForwarding', () => {
  it('splits telephone numbers and toll-free numbers into one call each', async () => {
    const data = ok(
      await stack.gql(`mutation { updateCallForwarding(input: { customerOrderReference: "Fwd1", numbers: [
        { tn: "3123489651", forwardTo: "3123752629" }, { tn: "8002012312", remove: true }
      ] }) { orderIds userErrors { code } } }`),
    );
    expect(data['updateCallForwarding']).toEqual({ orderIds: [expect.any(String), expect.any(String)], userErrors: [] });
    const [tf] = await stack.control.servicesCalls('tfForward');
    const [tn] = await stack.control.servicesCalls('tnForward');
    expect(tf!.body).toMatchObject({ tfForward: { tnList: { tnItem: [{ tn: '8002012312', removeForwardTo: 'Y' }] } } });
    expect(tn!.body).toMatchObject({
      tnForward: { customerOrderReference: 'Fwd1', tnList: { tnItem: [{ tn: '3123489651', forwardTo: '3123752629' }] } },
    });
  });

  it("the carrier's 432 (not in service) is a WRONG_STATUS userError on the number", async () => {
    const data = ok(
      await stack.gql(
        `mutation { updateCallForwarding(input: { numbers: [{ tn: "8885550103", forwardTo: "3123752629" }] }) { orderIds userErrors { path code message } } }`,
      ),
    );
    expect(data['updateCallForwarding']).toEqual({
      orderIds: [],
      userErrors: [
        { path: ['input', 'numbers', '0', 'tn'], code: 'WRONG_STATUS', message: 'The carrier refused the change: TN is not in service' },
      ],
    });
  });
});
