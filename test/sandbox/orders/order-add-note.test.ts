import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });

describe('orderAddNote', () => {
  it('adds and lists notes', async () => {
    const r = await order([{ tn: 6123453622, tnFeature: { callerId: { callingName: 'ACME' } } }], { customerOrderReference: 'NOTES1' });
    expect(await h.call('orderNote', { orderId: r.orderId })).toEqual({ status: 'No Results Found', statusCode: '430' });
    const n1 = await h.call('orderAddNote', { orderId: Number(r.orderId), orderNote: 'This is another note.' });
    expect(n1).toEqual({ status: 'Success', statusCode: 200, noteId: expect.stringMatching(/^\d+$/) });
    await h.advance(1000);
    const n2 = await h.call('orderAddNote', { customerOrderReference: 'NOTES1', orderNote: 'This is a note!' });
    const notes = await h.call('orderNote', { customerOrderReference: 'NOTES1' });
    // /orderAddNote and /orderNote answer statusCode as the JSON number the guide shows (L10374, L10410).
    expect(notes.statusCode).toBe(200);
    expect(notes.orderNote.orderNoteType.map((n: J) => [n.noteId, n.note])).toEqual([
      [n2.noteId, 'This is a note!'],
      [n1.noteId, 'This is another note.'],
    ]);
    expect(notes.orderNote.orderNoteType[0].insertDate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d$/);
    expect(notes.orderNote.orderNoteType[0].insertUser).toBe('api_user');
    const detail = await h.call('orderDetail', { orderId: r.orderId });
    expect(detail.orderDetailResponse.orderNotes.map((n: J) => n.note)).toEqual(['This is a note!', 'This is another note.']);
    expect(await h.call('orderAddNote', { orderId: r.orderId })).toEqual({ status: 'Fields are Required: orderNote', statusCode: '414' });
    expect(await h.call('orderDetail', {})).toEqual({
      status: 'Fields are Required: orderId or customerOrderReference',
      statusCode: '414',
    });
    expect(await h.call('orderDetail', { orderId: 1 })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it("refuses an unknown field with the guide's 400 and adds nothing", async () => {
    const r = await order([{ tn: 6123453622, tnFeature: { callerId: { callingName: 'ACME' } } }]);
    await expectUnrecognized(h, 'orderAddNote', { orderId: Number(r.orderId), note: 'misnamed' });
    await expectUnrecognized(h, 'orderAddNote', { orderId: Number(r.orderId), orderNote: 'kept?', noteId: '1' });
    expect(await h.call('orderNote', { orderId: r.orderId })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });
});
