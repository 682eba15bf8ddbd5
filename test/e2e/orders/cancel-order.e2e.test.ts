/**
 * End-to-end: cancelOrder (/orderCancel), and how order writes (cancelOrder, addOrderNote) resolve the order they name.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import {
  AddOrderNoteDocument,
  CancelOrderDocument,
  OrderByIdDocument,
  OrdersDocument,
  TelephoneNumberDocument,
} from '../../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers } from '../../support/orders.js';
import { INCOMPLETE_MS, CANCEL_REVIEW_MS } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder, orderStatus } = orderHelpers(stack);

describe('order lifecycle', () => {
  it('a refusal of a write by customerOrderReference points at the field the caller gave', async () => {
    await placeFeatureOrder('REFX1', ['6123453622']);
    await stack.control.fault({ operation: 'orderCancel', statusCode: '430', status: 'No Result Found' });
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { customerOrderReference: 'REFX1' } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      {
        path: ['input', 'order', 'customerOrderReference'],
        code: 'NOT_FOUND',
        message: expect.stringMatching(/customerOrderReference REFX1/),
      },
    ]);
  });

  it('a customerOrderReference two orders share: cancel and note are refused (CONFLICT, naming both), nothing is written', async () => {
    const older = await placeFeatureOrder('TWICE1', ['6123453622']);
    const newer = await placeFeatureOrder('TWICE1', ['6123453623']);
    await stack.control.clearCalls();
    const cancel = ok(await stack.request(CancelOrderDocument, { input: { order: { customerOrderReference: 'TWICE1' } } })).cancelOrder!;
    expect(cancel.userErrors).toEqual([
      {
        path: ['input', 'order', 'customerOrderReference'],
        code: 'CONFLICT',
        message: expect.stringMatching(/^2 orders carry customerOrderReference TWICE1 .*name the order by id/),
      },
    ]);
    expect(cancel.userErrors[0]!.message).toContain(newer);
    expect(cancel.userErrors[0]!.message).toContain(older);
    const note = ok(
      await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'TWICE1' }, note: 'which one?' } }),
    ).addOrderNote!;
    expect(note.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(await stack.control.servicesCalls('orderCancel')).toEqual([]);
    expect(await stack.control.servicesCalls('orderAddNote')).toEqual([]);
    // By id, the same write goes through.
    ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: newer }, note: 'this one' } }));
    expect(await stack.control.servicesCalls('orderAddNote')).toHaveLength(1);
  });

  it('order mutations refuse a non-numeric, blank or missing order id, or both keys, without an upstream call', async () => {
    const cancel = async (order: { id?: string; customerOrderReference?: string }) =>
      ok(await withoutUpstreamCalls(stack, () => stack.request(CancelOrderDocument, { input: { order } }))).cancelOrder!;
    expect((await cancel({ id: 'abc' })).userErrors).toEqual([
      {
        path: ['input', 'order', 'id'],
        code: 'INVALID',
        message: expect.stringMatching(/input\.order\.id must be a carrier order id: digits only/),
      },
    ]);
    expect((await cancel({ id: ' ' })).userErrors).toEqual([
      { path: ['input', 'order', 'id'], code: 'REQUIRED', message: expect.any(String) },
    ]);
    expect((await cancel({})).userErrors).toEqual([
      {
        path: ['input', 'order', 'id'],
        code: 'REQUIRED',
        message: expect.stringMatching(/exactly one of id or customerOrderReference: neither/),
      },
    ]);
    expect((await cancel({ id: '1025000', customerOrderReference: 'SEED5000' })).userErrors).toEqual([
      { path: ['input', 'order', 'customerOrderReference'], code: 'CONFLICT', message: expect.stringMatching(/not both/) },
    ]);
    const note = ok(
      await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '12a' }, note: 'x' } })),
    ).addOrderNote!;
    expect(note.userErrors).toEqual([{ path: ['input', 'order', 'id'], code: 'INVALID', message: expect.any(String) }]);
  });

  it('cancelOrder on a PENDING order: PENDING_CANCEL, then CANCELED; its numbers go back to inventory', async () => {
    const orderId = await placeFeatureOrder('CANCEL1', ['6123453622', '6123453623']);
    await stack.control.advance(INCOMPLETE_MS);
    expect(await orderStatus(orderId)).toBe('PENDING');

    const cancel = ok(await stack.request(CancelOrderDocument, { input: { order: { id: orderId } } })).cancelOrder!;
    expect(cancel).toEqual({ userErrors: [], order: { id: orderId, status: 'PENDING_CANCEL' } });
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
    expect(await orderStatus(orderId)).toBe('PENDING_CANCEL');

    await stack.control.advance(CANCEL_REVIEW_MS);
    const afterReview = ok(await stack.request(OrderByIdDocument, { id: orderId })).order!;
    expect(afterReview.status).toBe('CANCELED');
    expect(afterReview.lines!.nodes.map((l) => [l.status, l.statusLabel])).toEqual([
      ['CANCELED', 'Canceled'],
      ['CANCELED', 'Canceled'],
    ]);
    const canceled = ok(await stack.request(OrdersDocument, { filter: { status: 'CANCELED' } })).orders!;
    expect(canceled.edges.map((e) => e.node.id)).toEqual([orderId]);

    // The numbers were not routed yet: they left the account and are available again.
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '6123453623' })).telephoneNumber).toBeNull();
    const available = await stack.gql<{ availableTelephoneNumbers: { nodes: { tn: string }[] } }>(
      `{ availableTelephoneNumbers(search: { tnMask: "61234536xx" }, first: 100) { nodes { tn } } }`,
    );
    expect(ok(available).availableTelephoneNumbers.nodes.map((n) => n.tn)).toEqual(expect.arrayContaining(['6123453622', '6123453623']));
  });

  it("cancelOrder on a CLOSED order is a WRONG_STATUS userError with the carrier's message, and changes nothing", async () => {
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: '1025000' } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      {
        path: ['input', 'order'],
        code: 'WRONG_STATUS',
        message: expect.stringMatching(/^Order 1025000 is CLOSED; only PENDING orders can be canceled\. The carrier answered: ".+"\.$/),
      },
    ]);
    // The order as it is.
    expect(res.order).toEqual({ id: '1025000', status: 'CLOSED' });
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
    expect(await orderStatus('1025000')).toBe('CLOSED');
  });

  it('cancelOrder on an INCOMPLETE order is a WRONG_STATUS userError that says to wait for PENDING', async () => {
    const orderId = await placeFeatureOrder('EARLY1', ['6123453622']);
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: orderId } } })).cancelOrder!;
    expect(res.userErrors).toEqual([
      {
        path: ['input', 'order'],
        code: 'WRONG_STATUS',
        message: expect.stringMatching(new RegExp(`^Order ${orderId} is INCOMPLETE .*try again once it is PENDING`)),
      },
    ]);
    expect(res.order).toEqual({ id: orderId, status: 'INCOMPLETE' });
  });

  it("cancelOrder of an unknown order is a NOT_FOUND userError with the carrier's message, not a failed response", async () => {
    const res = ok(await stack.request(CancelOrderDocument, { input: { order: { id: '999999' } } })).cancelOrder!;
    expect(res).toEqual({
      userErrors: [{ path: ['input', 'order', 'id'], code: 'NOT_FOUND', message: expect.stringMatching(/order 999999.*Invalid Order Id/) }],
      order: null,
    });
  });

  it('cancelOrder: a carrier outage stays a GraphQL error (UPSTREAM_UNAVAILABLE), and the write is not retried', async () => {
    await stack.control.fault({ operation: 'orderCancel', httpStatus: 503, times: 1 });
    const res = await stack.request(CancelOrderDocument, { input: { order: { id: '1025000' } } });
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamOperation: 'orderCancel' });
    expect(error.path).toEqual(['cancelOrder']);
    expect(await stack.control.servicesCalls('orderCancel')).toHaveLength(1);
  });
});
