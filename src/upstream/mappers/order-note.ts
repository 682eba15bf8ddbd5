/** /orderNote → OrderNote[] (array keyed `orderNoteType`); /orderAddNote → noteId. */
import type { OrderNote } from '../model.js';
import { listIn, obj, str, toInstant, type WireObject } from '../wire.js';

/** One note; /orderDetail's `orderNotes[]` items have no noteId. */
export function orderNoteFromWire(value: unknown): OrderNote {
  const item = obj(value);
  const note: OrderNote = { note: typeof item['note'] === 'string' ? item['note'] : (str(item['note']) ?? '') };
  const noteId = str(item['noteId']);
  if (noteId !== undefined) note.noteId = noteId;
  // "2015-12-16 17:09:55.0" (guide), "2015-12-16T17:09:55.000+0000" (Swagger).
  const insertedAt = toInstant(item['insertDate']);
  if (insertedAt !== undefined) note.insertedAt = insertedAt;
  const insertedBy = str(item['insertUser']);
  if (insertedBy !== undefined) note.insertedBy = insertedBy;
  return note;
}

export function mapOrderNote(body: WireObject): OrderNote[] {
  // Documented: { orderNote: { orderNoteType: [...] } }; a bare array is tolerated.
  return listIn(body['orderNote'], 'orderNoteType').map(orderNoteFromWire);
}

/** /orderAddNote: `noteId` as a string (or number); "" when the carrier omits it. */
export function mapOrderAddNote(body: WireObject): string {
  return str(body['noteId']) ?? '';
}
