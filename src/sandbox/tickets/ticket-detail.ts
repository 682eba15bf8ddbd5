/** /ticketDetail (L10749): one ticket in full, as a list of one. An unknown ticket is 430 (vendor Swagger). */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, ok, readStr, required } from '../wire.js';
import { findTicket, ticketBook } from './shared/ticket-book.js';
import { NO_RESULT } from './shared/ticket-replies.js';
import { detailItem } from './shared/ticket-view.js';

export const ticketDetail = defineOperation({ troubleTicketId: ANY, extlCompanyTicket: ANY }, ({ state, now }, body) => {
  const id = readStr(body.troubleTicketId);
  if (id === undefined) return required('troubleTicketId');
  if (id === '0') return fail('416', "These values can't be zero:troubleTicketId");
  const ticket = findTicket(ticketBook(state, now), id);
  const reference = readStr(body.extlCompanyTicket);
  if (!ticket || (reference !== undefined && ticket.extlCompanyTicket !== reference)) return NO_RESULT;
  return ok({ ticketDetailList: [detailItem(ticket, now)] });
});
