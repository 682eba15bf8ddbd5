/** /ticketNote (L10850): the notes of one ticket (read); 430 is []. */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { lenient, list, record, text, timestamp } from '../wire/schema.js';
import { str } from '../wire/values.js';
import { toTicketId } from './ticket-summary.js';

export interface TicketNote {
  noteId?: string;
  ticketId?: string;
  note: string;
  /** insertDate ("12-31-2015 03:09:53 PM", no zone: read as UTC) as an ISO-8601 instant. */
  insertedAt?: string;
  insertedBy?: string;
  insertedByName?: string;
}

const noteSchema = record({
  noteId: text,
  troubleTicketId: lenient(toTicketId),
  note: lenient((v) => (typeof v === 'string' ? v : (str(v) ?? ''))),
  insertDate: timestamp,
  insertUser: text,
  insertUserDisplayName: text,
}).transform((w): TicketNote =>
  defined({
    noteId: w.noteId,
    ticketId: w.troubleTicketId,
    note: w.note,
    insertedAt: w.insertDate?.instant,
    insertedBy: w.insertUser,
    insertedByName: w.insertUserDisplayName,
  }),
);

export const ticketNote = defineOperation({
  name: 'ticketNote',
  kind: 'read',
  // The guide marks troubleTicketId optional (L10862) but does not say what omitting it returns: always sent.
  request: ({ ticketId }: { ticketId: string }) => ({ troubleTicketId: ticketId }),
  response: record({ ticketNoteList: list(noteSchema) }),
  // Items of another ticket (should the carrier ever mix them) are not this ticket's notes.
  map: (wire, { ticketId }): TicketNote[] => wire.ticketNoteList.filter((n) => n.ticketId === undefined || n.ticketId === ticketId),
  notFound: { empty: () => [] },
});
