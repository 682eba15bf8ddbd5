/** /ticketDocument (L10929): a ticket's documents, the base64 content under documentLocator (L10955). None is 430. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ok, readStr, required } from '../wire.js';
import { findTicket, ticketBook } from './shared/ticket-book.js';
import { NO_RESULT } from './shared/ticket-replies.js';

export const ticketDocument = defineOperation({ troubleTicketId: ANY }, ({ state, now }, body) => {
  if (readStr(body.troubleTicketId) === undefined) return required('troubleTicketId');
  const ticket = findTicket(ticketBook(state, now), body.troubleTicketId);
  if (!ticket || ticket.documents.length === 0) return NO_RESULT;
  return ok({
    ticketDocumentList: ticket.documents.map((d) => ({
      documentId: d.documentId,
      documentName: d.name,
      documentDescription: d.description,
      documentLocator: d.content,
    })),
  });
});
