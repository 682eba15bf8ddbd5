/** A ticket as /ticketList lists it, and as /ticketDetail describes it (guide §Trouble Ticketing, L10701, L10749). */
import { defined } from '../wire/request.js';
import { lenient, record, required, text, timestamp } from '../wire/schema.js';
import { str } from '../wire/values.js';

/** troubleTicketId: a string on create, a number in lists and details (guide L10690, L10740); digits either way. */
export const toTicketId = (value: unknown): string | undefined => {
  const id = str(value);
  return id !== undefined && /^\d+$/.test(id) ? id : undefined;
};

/** Origin and destination numbers of a ticket: "up to 15 digits" (L10652), so not necessarily NANP; kept as digits. */
export const toTicketNumber = (value: unknown): string | undefined => {
  const digits = str(value)?.replace(/[\s().+-]/g, '');
  return digits !== undefined && /^\d{1,15}$/.test(digits) ? digits : undefined;
};

export interface TicketSummary {
  ticketId: string;
  customerTicketReference?: string;
  /** Display text, e.g. "Referred Out" (the filter takes the same texts). */
  statusLabel?: string;
  /** enterDate as YYYY-MM-DD. */
  enteredOn?: string;
  contactName?: string;
}

export const ticketSummarySchema = record({
  troubleTicketId: required(toTicketId, 'troubleTicketId is not a ticket id'),
  extlCompanyTicket: text,
  troubleTicketStatus: text,
  enterDate: timestamp,
  contactName: text,
}).transform((w): TicketSummary =>
  defined({
    ticketId: w.troubleTicketId,
    customerTicketReference: w.extlCompanyTicket,
    statusLabel: w.troubleTicketStatus,
    enteredOn: w.enterDate?.date,
    contactName: w.contactName,
  }),
);

export const ticketNumber = lenient(toTicketNumber);
