/**
 * End-to-end: updateOrder (/orderUpdate) on a PENDING order, client → gateway → sandbox carrier over
 * real HTTP, counting the carrier calls in the sandbox's call log.
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers } from '../../support/orders.js';
import { INCOMPLETE_MS } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder } = orderHelpers(stack);

const UPDATE_ORDER = `mutation($input: UpdateOrderInput!) {
  updateOrder(input: $input) {
    userErrors { path code message }
    order { id status desiredDueDate lines(first: 50) { nodes { tn status statusLabel trunkGroupName features { messaging { messageClass } } } } }
  }
}`;
type Payload = {
  userErrors: { path: string[]; code: string; message: string }[];
  order: {
    id: string;
    status: string;
    desiredDueDate: string;
    lines: { nodes: { tn: string; status: string; trunkGroupName: string; features: unknown }[] };
  } | null;
};
const TNS = ['6123453622', '6123453623'];
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('updateOrder', () => {
  it("changes a PENDING order's due date, a number's trunk group and features, and cancels another number: one write", async () => {
    const id = await placeFeatureOrder('UPD1', TNS);
    const update = async (input: Record<string, unknown>) => ok(await stack.gql(UPDATE_ORDER, { input })).updateOrder as Payload;

    // Incomplete: refused after one read, nothing written.
    await stack.control.clearCalls();
    const early = await update({ order: { id }, desiredDueDate: later(10) });
    expect(early.userErrors).toEqual([
      {
        path: ['input', 'order'],
        code: 'WRONG_STATUS',
        message: expect.stringMatching(/is INCOMPLETE .*only PENDING orders can be updated/),
      },
    ]);
    expect(await stack.control.servicesCalls('orderUpdate')).toEqual([]);
    // The payload shows the order it refused, from the one read.
    expect(early.order).toMatchObject({ id, status: 'INCOMPLETE' });
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);

    await stack.control.advance(INCOMPLETE_MS);
    await stack.control.clearCalls();
    const due = later(10);
    const done = await update({
      order: { id },
      desiredDueDate: due,
      numbers: [
        { tn: TNS[0], trunkGroupName: 'CHCGIL24CL1_897', note: 'moved', cancelFeatureRequests: { messaging: true } },
        { tn: TNS[1], cancel: true },
      ],
    });
    expect(done.userErrors).toEqual([]);
    expect(done.order).toMatchObject({
      id,
      status: 'PENDING',
      desiredDueDate: due,
      lines: {
        nodes: [
          { tn: TNS[0], status: 'PENDING', trunkGroupName: 'CHCGIL24CL1_897' },
          { tn: TNS[1], status: 'CANCELED' },
        ],
      },
    });
    expect((done.order!.lines.nodes[0]!.features as { messaging: unknown }).messaging).toBeNull();
    const sent = await stack.control.servicesCalls('orderUpdate');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({
      orderUpdate: {
        orderId: Number(id),
        desiredDueDate: due,
        tnList: {
          tnItem: [
            { tn: Number(TNS[0]), trunkGroup: 'CHCGIL24CL1_897', tnNote: 'moved', tnFeature: { messaging: { cancelFeatureRequest: 'Y' } } },
            { tn: Number(TNS[1]), cancelTn: 'Y' },
          ],
        },
      },
    });
    // One read before the write (to refuse what the carrier would), one after it for the payload's order.
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(2);

    // A canceled number is refused before any write; a number never on the order is not found.
    await stack.control.clearCalls();
    const again = await update({
      order: { id },
      numbers: [
        { tn: TNS[1], note: 'back?' },
        { tn: '6123453699', note: 'who?' },
      ],
    });
    expect(again.userErrors).toEqual([
      { path: ['input', 'numbers', '0', 'tn'], code: 'WRONG_STATUS', message: expect.stringMatching(/is CANCELED on order/) },
      { path: ['input', 'numbers', '1', 'tn'], code: 'NOT_FOUND', message: expect.stringMatching(/is not on order/) },
    ]);
    expect(again.order).toMatchObject({ id, status: 'PENDING' });
    expect(await stack.control.servicesCalls('orderUpdate')).toEqual([]);
  });

  it('refuses a change to a COMPLETE number with no write, so nothing of the request is lost, and shows the order', async () => {
    const id = await placeFeatureOrder('UPD2', TNS);
    // Routing does four numbers a second: the first line is COMPLETE, the second still PENDING, the order PENDING.
    await stack.control.advance(INCOMPLETE_MS + 300);
    const update = async (input: Record<string, unknown>) => ok(await stack.gql(UPDATE_ORDER, { input })).updateOrder as Payload;
    const before = (await update({ order: { id }, numbers: [{ tn: TNS[1], note: 'still pending' }] })).order!;
    expect(before.lines.nodes.map((l) => l.status)).toEqual(['COMPLETE', 'PENDING']);

    await stack.control.clearCalls();
    const refused = await update({ order: { id }, desiredDueDate: later(20), numbers: [{ tn: TNS[0], cancel: true }] });
    expect(refused.userErrors).toEqual([
      {
        path: ['input', 'numbers', '0', 'tn'],
        code: 'WRONG_STATUS',
        message: `${TNS[0]} is COMPLETE on order ${id}; only numbers still pending (not COMPLETE or CANCELED) can be changed.`,
      },
    ]);
    expect(refused.order).toMatchObject({ id, status: 'PENDING', desiredDueDate: before.desiredDueDate });
    expect(await stack.control.servicesCalls('orderUpdate')).toEqual([]);
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(1);

    // Any per-number change of a finished line, not only a cancel.
    const trunk = await update({
      order: { id },
      numbers: [
        { tn: TNS[1], note: 'ok' },
        { tn: TNS[0], trunkGroupName: 'CHCGIL24CL1_897' },
      ],
    });
    expect(trunk.userErrors).toEqual([{ path: ['input', 'numbers', '1', 'tn'], code: 'WRONG_STATUS', message: expect.any(String) }]);
    expect(await stack.control.servicesCalls('orderUpdate')).toEqual([]);
  });

  it('refuses the groups the guide says go together, given in part, and empty changes, before any call', async () => {
    const refused = async (input: Record<string, unknown>) =>
      (ok(await withoutUpstreamCalls(stack, () => stack.gql(UPDATE_ORDER, { input }))).updateOrder as Payload).userErrors;
    expect(await refused({ order: { id: '1026470' }, desiredPortTime: '14:00' })).toEqual([
      { path: ['input', 'desiredPortTimeZone'], code: 'REQUIRED', message: expect.stringMatching(/go together/) },
    ]);
    expect(await refused({ order: { id: '1026470' }, desiredPortTime: '2pm', desiredPortTimeZone: 'US_CENTRAL' })).toEqual([
      { path: ['input', 'desiredPortTime'], code: 'INVALID', message: expect.stringMatching(/HH:MM/) },
    ]);
    const partial = await refused({
      order: { id: '1026470' },
      numbers: [
        { tn: TNS[0], accountNumber: '1234', features: { e911: { name: 'Pat' } } },
        { tn: TNS[1], endUser: { name: 'Pat' } },
      ],
    });
    expect(partial.map((e) => [e.path.join('.'), e.code])).toEqual(
      expect.arrayContaining([
        ['input.numbers.0.accountTelephoneNumber', 'REQUIRED'],
        ['input.numbers.0.authName', 'REQUIRED'],
        ['input.numbers.0.authDate', 'REQUIRED'],
        ['input.numbers.0.features.e911.streetNumber', 'REQUIRED'],
        ['input.numbers.1.endUser.streetNum', 'REQUIRED'],
        ['input.numbers.1.endUser.typeOfService', 'REQUIRED'],
      ]),
    );
    expect(await refused({ order: { id: '1026470' } })).toEqual([{ path: ['input'], code: 'REQUIRED', message: expect.any(String) }]);
    expect((await refused({ order: { id: '1026470' }, numbers: [{ tn: TNS[0], cancel: true, note: 'x' }] }))[0]).toMatchObject({
      path: ['input', 'numbers', '0', 'cancel'],
      code: 'CONFLICT',
    });
  });
});
