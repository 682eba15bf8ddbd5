/** /ticketCreate (L10627): opens a ticket, answered with its id as a string (L10690; lists answer numbers). */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, ok, readStr, required } from '../wire.js';
import { PROBLEM_CODES } from './shared/problem-codes.js';
import { ticketBook } from './shared/ticket-book.js';

const REQUIRED = [
  'contactName',
  'contactPhone',
  'contactEmailAddress',
  'countryRef',
  'description',
  'occurDate',
  'problemCodeRef',
  'origTn',
  'termTn',
] as const;

/** The Swagger's 409 for this operation ("Invalid Input Parameters"), naming the field. */
const invalidInput = (field: string) => fail('409', `Invalid Input Parameters: ${field}`);

export const ticketCreate = defineOperation(
  {
    contactName: ANY,
    contactPhone: ANY,
    contactEmailAddress: ANY,
    extension: ANY,
    countryRef: ANY,
    description: ANY,
    occurDate: ANY,
    extlCompanyTicket: ANY,
    problemCodeRef: ANY,
    origTn: ANY,
    termTn: ANY,
    // NG911 customers' zone (vendor Swagger only); accepted and ignored.
    zone: ANY,
  },
  ({ state, now }, body) => {
    const missing = REQUIRED.filter((field) => readStr(body[field]) === undefined);
    if (missing.length > 0) return required(missing.join(', '));
    const phone = readStr(body.contactPhone)!;
    if (!/^\d{10}$/.test(phone)) return invalidInput('contactPhone');
    const extension = readStr(body.extension);
    if (extension !== undefined && !/^\d{4}$/.test(extension)) return invalidInput('extension');
    const occurDate = readStr(body.occurDate)!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(occurDate) || Number.isNaN(Date.parse(occurDate))) return fail('414', 'Invalid Date format: occurDate');
    const problemCode = readStr(body.problemCodeRef)!.toUpperCase();
    if (!(problemCode in PROBLEM_CODES)) return invalidInput('problemCodeRef');
    const origTn = readStr(body.origTn)!;
    const termTn = readStr(body.termTn)!;
    if (!/^\d{1,15}$/.test(origTn)) return invalidInput('origTn');
    if (!/^\d{1,15}$/.test(termTn)) return invalidInput('termTn');
    const reference = readStr(body.extlCompanyTicket) ?? '';
    if (!/^[A-Za-z0-9]*$/.test(reference)) return invalidInput('extlCompanyTicket');

    const book = ticketBook(state, now);
    const id = book.newTicketId();
    book.tickets.set(id, {
      id,
      enteredAt: now,
      contactName: readStr(body.contactName)!,
      contactPhone: phone,
      extension: extension ?? '',
      contactEmailAddress: readStr(body.contactEmailAddress)!,
      countryRef: readStr(body.countryRef)!,
      description: readStr(body.description)!,
      occurDate,
      extlCompanyTicket: reference,
      problemCode,
      origTn,
      termTn,
      enterUser: 'api_user',
      notes: [],
      documents: [],
    });
    return ok({ troubleTicketId: String(id) });
  },
);
