/** /ticketCreate (L10627): open a trouble ticket (write); answers the new ticket id, a string here (a number elsewhere). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { compact } from '../wire/request.js';
import { record, required } from '../wire/schema.js';
import { toTicketId } from './ticket-summary.js';

export interface TicketCreateRequest {
  contactName: string;
  /** Ten digits. */
  contactPhone: string;
  contactEmail: string;
  /** Four digits; sent as a JSON number like the guide's example (L10670). */
  contactPhoneExtension?: string;
  country: string;
  description: string;
  /** YYYY-MM-DD. */
  occurredOn: string;
  customerTicketReference?: string;
  /** The request code, e.g. FASTBUSY. */
  problemCode: string;
  originatingNumber: string;
  terminatingNumber: string;
}

export const ticketCreate = defineOperation({
  name: 'ticketCreate',
  kind: 'write',
  request: (r: TicketCreateRequest) =>
    compact({
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      extension: r.contactPhoneExtension === undefined ? undefined : Number(r.contactPhoneExtension),
      countryRef: r.country,
      description: r.description,
      occurDate: r.occurredOn,
      extlCompanyTicket: r.customerTicketReference,
      problemCodeRef: r.problemCode,
      contactEmailAddress: r.contactEmail,
      origTn: r.originatingNumber,
      termTn: r.terminatingNumber,
    }),
  response: record({ troubleTicketId: required(toTicketId, 'troubleTicketId is not a ticket id') }),
  map: (wire): string => wire.troubleTicketId,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
