/** /ticketAddNote (L10816): a note on a ticket, answered with its noteId as a string and statusCode as a number (L10840). */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { readStr, required } from '../wire.js';
import { findTicket, ticketBook } from './shared/ticket-book.js';
import { NO_RESULT, okWithNumericCode } from './shared/ticket-replies.js';

export const ticketAddNote = defineOperation({ troubleTicketId: ANY, troubleTicketNote: ANY }, ({ state, now }, body) => {
  if (readStr(body.troubleTicketId) === undefined) return required('troubleTicketId');
  const note = typeof body.troubleTicketNote === 'string' && body.troubleTicketNote.trim() !== '' ? body.troubleTicketNote : undefined;
  if (note === undefined) return required('troubleTicketNote');
  const book = ticketBook(state, now);
  const ticket = findTicket(book, body.troubleTicketId);
  if (!ticket) return NO_RESULT;
  const noteId = book.newNoteId();
  ticket.notes.push({ noteId, note, at: now, user: 'api_user' });
  return okWithNumericCode({ noteId: String(noteId) });
});
