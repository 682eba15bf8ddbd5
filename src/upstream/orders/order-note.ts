/** /orderNote: the notes of an order (read; 430 and 410 "Invalid Order Id" are []). */
import { defineOperation } from '../define.js';
import { orderNoteSchema } from '../shared/order-note.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { record, wrappedList } from '../wire/schema.js';

export const orderNote = defineOperation({
  name: 'orderNote',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('orderNote', ref),
  // Documented: { orderNote: { orderNoteType: [...] } }; a bare array is tolerated.
  response: record({ orderNote: wrappedList('orderNoteType', orderNoteSchema) }),
  map: (wire) => wire.orderNote,
  notFound: { empty: () => [], invalidOrderId: true },
});
