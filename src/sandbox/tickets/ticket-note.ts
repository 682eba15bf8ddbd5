/** /ticketNote (L10850): a ticket's notes, oldest first, dated "12-31-2015 03:09:53 PM" (L10878). None is 430. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ok, readStr, required } from '../wire.js';
import { findTicket, ticketBook, type TicketNoteRecord } from './shared/ticket-book.js';
import { NO_RESULT } from './shared/ticket-replies.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** MM-dd-yyyy hh:mm:ss AM/PM, in UTC. */
export function ticketNoteDate(ms: number): string {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return (
    `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()} ` +
    `${pad(twelve)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`
  );
}

const item = (ticketId: number, n: TicketNoteRecord) => ({
  noteId: n.noteId,
  troubleTicketId: ticketId,
  note: n.note,
  insertDate: ticketNoteDate(n.at),
  insertUser: n.user,
  insertUserDisplayName: n.user,
});

// troubleTicketId is marked optional (L10862) but what its absence lists is undocumented: the sandbox requires it.
export const ticketNote = defineOperation({ troubleTicketId: ANY }, ({ state, now }, body) => {
  if (readStr(body.troubleTicketId) === undefined) return required('troubleTicketId');
  const ticket = findTicket(ticketBook(state, now), body.troubleTicketId);
  if (!ticket || ticket.notes.length === 0) return NO_RESULT;
  return ok({ ticketNoteList: ticket.notes.map((n) => item(ticket.id, n)) });
});
