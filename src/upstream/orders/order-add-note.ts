/** /orderAddNote: add a note to an order (write); answers the new noteId ("" when the carrier omits it). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { record, text } from '../wire/schema.js';

export interface OrderAddNoteRequest {
  ref: OrderRef;
  note: string;
}

export const orderAddNote = defineOperation({
  name: 'orderAddNote',
  kind: 'write',
  request: ({ ref, note }: OrderAddNoteRequest) => ({ ...orderRefRequest('orderAddNote', ref), orderNote: note }),
  response: record({ noteId: text }),
  map: (wire): string => wire.noteId ?? '',
  notFound: NOT_FOUND_IS_AN_ERROR,
});
