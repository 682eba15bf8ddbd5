/** Inputs of the tickets domain; every limit is declared once, on its field, and checked before any carrier call. */
import { Field, ID, InputType } from 'type-graphql';
import { LimitedField, limit } from '../common/limits.js';
import { LocalDateScalar } from '../common/scalars.js';
import { TicketProblem, TicketStatus } from './tickets.enums.js';

/** "Ten-digit contact telephone number (e.g. 3129894422)" (guide /ticketCreate). */
export const CONTACT_PHONE = limit({ chars: { pattern: /^\d{10}$/, rule: 'must be ten digits, e.g. "3129894422"' } });
/** "Four-digit contact telephone number extension". */
export const PHONE_EXTENSION = limit({ chars: { pattern: /^\d{4}$/, rule: 'must be four digits, e.g. "1234"' } });
/** "Originating/Terminating telephone number (up to 15 digits)": not necessarily a North American number. */
export const TICKET_NUMBER = limit({
  chars: { pattern: /^\d{1,15}$/, rule: 'must be 1 to 15 digits, e.g. "3125550100" or "442071234567"' },
});
/** "Alphanumeric trouble ticket reference name"; the guide gives no length: 50, as for order references. */
export const TICKET_REFERENCE = limit({
  maxLength: 50,
  chars: { pattern: /^[A-Za-z0-9]+$/, rule: 'must be alphanumeric (letters and digits only)' },
});
/** The guide gives no limit for a ticket's description or notes: 4000 characters, as for order notes. */
export const TICKET_TEXT = limit({ maxLength: 4000, nonBlank: true });
export const CONTACT_NAME = limit({ maxLength: 100, nonBlank: true });
export const CONTACT_EMAIL = limit({ maxLength: 254, chars: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, rule: 'must be an email address' } });
export const COUNTRY = limit({
  maxLength: 3,
  chars: { pattern: /^[A-Za-z]{3}$/, rule: 'must be a three-letter country code, e.g. "USA"' },
});

@InputType({ description: 'Filters over trouble tickets. All given filters must match.' })
export class TicketFilter {
  @Field(() => TicketStatus, { nullable: true, description: 'Only tickets in this status (or, with excludeStatus, in any other).' })
  status?: TicketStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'True: every ticket except those in `status`. Needs `status`.' })
  excludeStatus?: boolean | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Opened on or after this day (YYYY-MM-DD).' })
  enteredFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Opened on or before this day (YYYY-MM-DD).' })
  enteredTo?: string | null;
  @LimitedField(TICKET_REFERENCE, (l) => `Your own reference for the ticket (alphanumeric, at most ${l.maxLength} characters).`)
  customerTicketReference?: string | null;
}

@InputType({ description: 'Open a trouble ticket about a service problem.' })
export class CreateTicketInput {
  @Field(() => TicketProblem, { description: 'What is wrong. OTHER is not accepted.' }) problem!: TicketProblem;
  @LimitedField(TICKET_TEXT, (l) => `What happens, in your words (at most ${l.maxLength} characters).`, { nullable: false })
  description!: string;
  @Field(() => LocalDateScalar, { description: 'The day the problem was seen (YYYY-MM-DD); not in the future.' }) occurredOn!: string;
  @LimitedField(TICKET_NUMBER, (l) => `The calling number: 1 to 15 digits (${l.chars.rule.replace(/^must be /, '')}).`, {
    nullable: false,
  })
  originatingNumber!: string;
  @LimitedField(TICKET_NUMBER, () => 'The called number: 1 to 15 digits.', { nullable: false }) terminatingNumber!: string;
  @LimitedField(CONTACT_NAME, (l) => `Who the carrier should contact: first and last name (at most ${l.maxLength} characters).`, {
    nullable: false,
  })
  contactName!: string;
  @LimitedField(CONTACT_PHONE, () => 'Contact phone number: ten digits, e.g. "3129894422".', { nullable: false }) contactPhone!: string;
  @LimitedField(PHONE_EXTENSION, () => 'Contact phone extension: four digits.') contactPhoneExtension?: string | null;
  @LimitedField(CONTACT_EMAIL, () => 'Contact email address.', { nullable: false }) contactEmail!: string;
  @LimitedField(COUNTRY, () => 'Country of the trouble, three letters (default "USA").', { nullable: true }) country?: string | null;
  @LimitedField(TICKET_REFERENCE, (l) => `Your own reference for the ticket (alphanumeric, at most ${l.maxLength} characters).`)
  customerTicketReference?: string | null;
}

@InputType({ description: 'Add a note to a trouble ticket.' })
export class AddTicketNoteInput {
  @Field(() => ID, { description: "The ticket: its id or the carrier's ticket number." }) ticketId!: string;
  @LimitedField(TICKET_TEXT, (l) => `The note (at most ${l.maxLength} characters).`, { nullable: false }) note!: string;
}
