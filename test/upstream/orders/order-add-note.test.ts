import { describe, expect, it } from 'vitest';
import { orderAddNote } from '../../../src/upstream/orders/order-add-note.js';

describe('/orderAddNote', () => {
  it('sends the reference and orderNote; answers the noteId as a string, "" when absent', () => {
    const input = { ref: { customerOrderReference: 'customerRef12345' }, note: 'This is a note!' };
    expect(orderAddNote.request(input)).toEqual({ customerOrderReference: 'customerRef12345', orderNote: 'This is a note!' });
    expect(orderAddNote.parse({ statusCode: '200', noteId: 29984646 }, input)).toBe('29984646');
    expect(orderAddNote.parse({ statusCode: '200' }, input)).toBe('');
  });
});
