/** /ticketAddNote (L10816): add a note to a ticket (write); answers the new noteId ("" when the carrier gives none). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record, text } from '../wire/schema.js';

export interface TicketAddNoteRequest {
  ticketId: string;
  note: string;
}

export const ticketAddNote = defineOperation({
  name: 'ticketAddNote',
  kind: 'write',
  request: ({ ticketId, note }: TicketAddNoteRequest) => ({ troubleTicketId: ticketId, troubleTicketNote: note }),
  // noteId in the guide (L10843); troubleTicketNoteId in the vendor Swagger: both read.
  response: record({ noteId: text, troubleTicketNoteId: text }),
  map: (wire): string => wire.noteId ?? wire.troubleTicketNoteId ?? '',
  notFound: NOT_FOUND_IS_AN_ERROR,
});
