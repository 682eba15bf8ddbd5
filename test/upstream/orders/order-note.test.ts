import { describe, expect, it } from 'vitest';
import { orderAddNote } from '../../../src/upstream/orders/order-add-note.js';
import { orderNote } from '../../../src/upstream/orders/order-note.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/orderNote → OrderNote[] and /orderAddNote → noteId', () => {
    expect(orderNote.parse(parse(guide.ORDER_NOTE), { orderId: '1' })).toEqual([
      { noteId: '29984650', note: 'This is a note!', insertedAt: '2015-12-16T17:09:55.000Z', insertedBy: 'api_user' },
      { noteId: '29984649', note: 'This is another note.', insertedAt: '2015-12-15T17:09:55.000Z', insertedBy: 'api_user' },
    ]);
    expect(orderAddNote.parse(parse(guide.ORDER_ADD_NOTE), { ref: { orderId: '1' }, note: 'n' })).toBe('29984646');
    expect(orderAddNote.parse({ statusCode: 200, noteId: 29984646 }, { ref: { orderId: '1' }, note: 'n' })).toBe('29984646');
  });
});
