/**
 * End-to-end: port-outs against seeded numbers (/tnPortOutReject, /portOutApproval,
 * /tnPortOutHistory). Port-out orders are opened through the sandbox's control API, as another
 * carrier's request would; client → gateway → sandbox carrier over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

async function openPortOut(tns: string[]): Promise<string> {
  const res = await fetch(`${stack.control.url}/_sandbox/port-outs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tns }),
  });
  expect(res.status).toBe(200);
  return String(((await res.json()) as { orderId: number }).orderId);
}

const REJECT = `mutation($input: RejectPortOutInput!) { rejectPortOut(input: $input) { tn userErrors { path code message } } }`;
const APPROVE = `mutation($input: ApprovePortOutInput!) { approvePortOut(input: $input) { orderId userErrors { path code message } } }`;
const calls = async (op: string) => (await stack.control.servicesCalls(op)).length;
const HISTORY = `{
  portOutHistory { orderId tn status }
  kept: telephoneNumber(tn: "3123489653") { portOutHistory { orderId tn status createdAt portDate } }
  rejected: telephoneNumber(tn: "3123489651") { portOutHistory { orderId } }
  left: telephoneNumber(tn: "3123489652") { tn }
}`;

describe('port-outs', () => {
  it('reject one number, approve the rest; after the port date the history shows what left, read once for the whole request', async () => {
    const closing = await openPortOut(['3123489651', '3123489652']);
    const canceled = await openPortOut(['3123489653']);
    await stack.control.clearCalls();
    const rejected = ok(
      await stack.gql(REJECT, { input: { orderId: closing, tn: '3123489651', reason: 'INVALID_ZIP_CODE' } }),
    ).rejectPortOut;
    expect(rejected).toEqual({ tn: '3123489651', userErrors: [] });
    expect((await stack.control.servicesCalls('tnPortOutReject'))[0]!.body).toMatchObject({
      tnPortOutReject: { orderId: Number(closing), tn: '3123489651', rejectReason: 'INVZIPCD' },
    });
    expect(ok(await stack.gql(APPROVE, { input: { orderId: closing } })).approvePortOut).toEqual({ orderId: closing, userErrors: [] });
    ok(await stack.gql(REJECT, { input: { orderId: canceled, tn: '3123489653', reason: 'AUTH_NAME_MISMATCH' } }));

    await stack.control.advance(5 * 86_400_000);
    await stack.control.clearCalls();
    const data = ok(await stack.gql(HISTORY));
    expect(data.portOutHistory).toEqual([
      { orderId: closing, tn: '3123489652', status: 'CLOSED' },
      { orderId: canceled, tn: '3123489653', status: 'CANCELED' },
    ]);
    expect(data.kept.portOutHistory).toEqual([
      {
        orderId: canceled,
        tn: '3123489653',
        status: 'CANCELED',
        createdAt: expect.stringMatching(/T00:00:00/),
        portDate: expect.stringMatching(/T00:00:00/),
      },
    ]);
    expect(data.rejected.portOutHistory).toEqual([]);
    // Ported away: no longer on the account.
    expect(data.left).toBeNull();
    // Five days on, the gateway's token has expired: its refused first try (401001) is not a read.
    const reads = (await stack.control.servicesCalls('tnPortOutHistory')).filter((c) => c.statusCode !== '401001');
    expect(reads.length).toBe(1);
  });

  it("refusals are userErrors: a malformed id before any call, the carrier's Invalid Order Id as NOT_FOUND", async () => {
    const malformed = ok(
      await withoutUpstreamCalls(stack, () => stack.gql(REJECT, { input: { orderId: 'abc', tn: '3123489651', reason: 'PIN_INVALID' } })),
    ).rejectPortOut;
    expect(malformed.userErrors).toEqual([{ path: ['input', 'orderId'], code: 'INVALID', message: expect.stringMatching(/digits only/) }]);
    const unknown = ok(await stack.gql(REJECT, { input: { orderId: '99', tn: '3123489651', reason: 'PIN_INVALID' } })).rejectPortOut;
    expect(unknown).toEqual({
      tn: null,
      userErrors: [{ path: ['input', 'orderId'], code: 'NOT_FOUND', message: expect.stringMatching(/Invalid Order Id/) }],
    });
    const notApproved = ok(await stack.gql(APPROVE, { input: { orderId: '99' } })).approvePortOut;
    expect(notApproved.userErrors).toEqual([{ path: ['input', 'orderId'], code: 'NOT_FOUND', message: expect.any(String) }]);
    const badReason = await stack.gql(REJECT, { input: { orderId: '1', tn: '3123489651', reason: 'PIN' } });
    expect(badReason.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('a refused answer is put at the number or the order, read from the order after the refusal (one /orderDetail)', async () => {
    const two = await openPortOut(['3123489651', '3123489652']);
    const one = await openPortOut(['3123489653']);
    const reject = async (orderId: string, tn: string) => {
      await stack.control.clearCalls();
      const payload = ok(await stack.gql(REJECT, { input: { orderId, tn, reason: 'PIN_INVALID' } })).rejectPortOut;
      return { payload, rejects: await calls('tnPortOutReject'), details: await calls('orderDetail') };
    };
    const refused = (path: string[], code: string, message: RegExp) => ({
      payload: { tn: null, userErrors: [{ path, code, message: expect.stringMatching(message) }] },
      rejects: 1,
      details: 1,
    });

    expect((await reject(two, '3123489651')).payload.userErrors).toEqual([]);
    // Rejecting it again: the carrier's "Invalid Order Id", but the order is there and the number already answered.
    expect(await reject(two, '3123489651')).toEqual(
      refused(['input', 'tn'], 'WRONG_STATUS', /3123489651 is already rejected.*Invalid Order Id/),
    );
    // A number that is not on the order.
    expect(await reject(two, '3123489654')).toEqual(refused(['input', 'tn'], 'NOT_FOUND', /3123489654 is not on port-out order/));
    expect(ok(await stack.gql(APPROVE, { input: { orderId: two } })).approvePortOut.userErrors).toEqual([]);
    expect(await reject(two, '3123489652')).toEqual(refused(['input', 'tn'], 'WRONG_STATUS', /already approved/));
    // Rejecting the only number cancels the order; the number is still what the second try is told about.
    expect((await reject(one, '3123489653')).payload.userErrors).toEqual([]);
    expect(await reject(one, '3123489653')).toEqual(refused(['input', 'tn'], 'WRONG_STATUS', /already rejected/));
    // Approving a canceled order: the order is no longer pending.
    await stack.control.clearCalls();
    const approveCanceled = ok(await stack.gql(APPROVE, { input: { orderId: one } })).approvePortOut;
    expect(approveCanceled).toEqual({
      orderId: null,
      userErrors: [{ path: ['input', 'orderId'], code: 'WRONG_STATUS', message: expect.stringMatching(/not pending/) }],
    });
    expect(await calls('portOutApproval')).toBe(1);
    // A settled order does not change: the detail the last refusal read is served from the read cache.
    expect(await calls('orderDetail')).toBeLessThanOrEqual(1);
  });
});
