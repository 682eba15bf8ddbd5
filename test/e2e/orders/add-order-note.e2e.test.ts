/**
 * End-to-end: addOrderNote (/orderAddNote).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import { AddOrderNoteDocument, OrderByIdDocument } from '../../generated/operations.js';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers, ISO_UTC } from '../../support/orders.js';

const stack = stackPerTest();
const { sandboxNow } = orderHelpers(stack);

describe('order lifecycle', () => {
  it('addOrderNote: the note is on the order at once, also when notes were read (and cached) before', async () => {
    const before = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!.notes;
    expect(before!.map((n) => n.text)).toEqual(['Order received via API']);

    await stack.control.clearCalls();
    const now = await sandboxNow();
    const added = ok(
      await stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'Customer called about porting' } }),
    ).addOrderNote!;
    expect(added.userErrors).toEqual([]);
    expect(added.noteId).toMatch(/^\d+$/);
    // The note as the carrier recorded it: its time (insertDate, tenths of a second, read as UTC) and its author.
    expect(added.note).toEqual({
      id: added.noteId,
      text: 'Customer called about porting',
      createdAt: `${now.slice(0, 21)}00Z`,
      createdBy: 'api_user',
    });
    // The carrier lists notes newest first; the payload's note is the order's.
    expect(added.order?.notes!.map((n) => n.text)).toEqual(['Customer called about porting', 'Order received via API']);
    expect(added.order?.notes![0]).toEqual(added.note);
    // One read back serves both the note and the order's notes.
    expect(await stack.control.servicesCalls('orderNote')).toHaveLength(1);

    const after = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!.notes;
    expect(after!.map((n) => [n.id, n.text])).toContainEqual([added.noteId, 'Customer called about porting']);
    expect(await stack.control.servicesCalls('orderAddNote')).toHaveLength(1);
  });

  it('addOrderNote by customerOrderReference, and a blank note is a userError without an upstream call', async () => {
    const added = ok(
      await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'SEED5056' }, note: 'By reference' } }),
    ).addOrderNote!;
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({
      id: '1025056',
      notes: expect.arrayContaining([expect.objectContaining({ text: 'By reference' })]),
    });

    expect(added.note).toMatchObject({ text: 'By reference', createdAt: expect.stringMatching(ISO_UTC), createdBy: 'api_user' });

    const blank = ok(
      await withoutUpstreamCalls(stack, () => stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: '  ' } })),
    ).addOrderNote!;
    expect(blank.userErrors).toEqual([{ path: ['input', 'note'], code: 'REQUIRED', message: expect.stringMatching(/note is required/) }]);
    expect(blank.noteId).toBeNull();
  });

  it('addOrderNote: notes up to 4000 characters go to the carrier; a longer one is TOO_LONG without a call', async () => {
    const tooLong = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'n'.repeat(4001) } }),
      ),
    ).addOrderNote!;
    expect(tooLong.userErrors).toEqual([
      { path: ['input', 'note'], code: 'TOO_LONG', message: expect.stringMatching(/at most 4000 characters \(got 4001\)/) },
    ]);
    expect(tooLong.note).toBeNull();

    for (const length of [2000, 4000]) {
      const added = ok(
        await stack.request(AddOrderNoteDocument, { input: { order: { id: '1025000' }, note: 'n'.repeat(length) } }),
      ).addOrderNote!;
      expect(added.userErrors).toEqual([]);
      expect(added.note?.text).toHaveLength(length);
    }
    const sent = await stack.control.servicesCalls('orderAddNote');
    expect(sent.map((c) => (c.body as { orderNote: string }).orderNote.length)).toEqual([2000, 4000]);
  });

  it("addOrderNote on an unknown order is a NOT_FOUND userError with the carrier's message; the rest of the payload answers", async () => {
    const res = ok(await stack.request(AddOrderNoteDocument, { input: { order: { id: '999999' }, note: 'Hello' } })).addOrderNote!;
    expect(res.userErrors).toEqual([
      {
        path: ['input', 'order', 'id'],
        code: 'NOT_FOUND',
        message: expect.stringMatching(/No such order: order 999999\. The carrier answered: "Invalid Order Id"/),
      },
    ]);
    expect(res).toMatchObject({ noteId: null, note: null, order: null });
    const byRef = ok(
      await stack.request(AddOrderNoteDocument, { input: { order: { customerOrderReference: 'NOSUCHREF' }, note: 'Hello' } }),
    ).addOrderNote!;
    expect(byRef.userErrors).toEqual([
      { path: ['input', 'order', 'customerOrderReference'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
  });
});
