/** An order note: /orderNote items (`orderNoteType`) and /orderDetail's `orderNotes[]` (which have no noteId). */
import { defined } from '../wire/request.js';
import { lenient, record, text, timestamp } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface OrderNote {
  noteId?: string;
  note: string;
  /** insertDate as an ISO-8601 UTC instant (the carrier sends it without a zone: read as UTC). */
  insertedAt?: string;
  insertedBy?: string;
}

export const orderNoteSchema = record({
  // The note is kept as written (not trimmed) when it is a string.
  note: lenient((v) => (typeof v === 'string' ? v : (str(v) ?? ''))),
  noteId: text,
  // "2015-12-16 17:09:55.0" (guide), "2015-12-16T17:09:55.000+0000" (Swagger).
  insertDate: timestamp,
  insertUser: text,
}).transform((w): OrderNote => defined({ note: w.note, noteId: w.noteId, insertedAt: w.insertDate?.instant, insertedBy: w.insertUser }));
