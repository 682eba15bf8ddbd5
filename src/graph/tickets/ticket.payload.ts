/** Payloads of the ticket mutations; the ticket is read back lazily, only when selected. */
import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { Ticket, TicketNote } from './ticket.type.js';

@ObjectType({ description: 'Result of createTicket.' })
export class CreateTicketPayload extends MutationPayload {
  @Field(() => [UserError], {
    description: "Why no ticket was opened: input problems (nothing was sent), or REJECTED with the carrier's message. Empty on success.",
  })
  override userErrors: UserError[] = [];

  loadTicket?: Lazy<Ticket | null>;

  @Field(() => Ticket, {
    nullable: true,
    description: 'The new ticket, as the carrier now describes it; null when none was opened.\n\nCarrier: /ticketDetail.',
  })
  get ticket(): Promise<Ticket | null> {
    return this.loadTicket ? this.loadTicket() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of addTicketNote.' })
export class AddTicketNotePayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      "Why no note was added: input problems (nothing was sent), NOT_FOUND (no such ticket), or REJECTED with the carrier's message. Empty on success.",
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, { nullable: true, description: "The carrier's id of the new note; null when none was added or the carrier gave none." })
  noteId: string | null = null;

  loadNote?: Lazy<TicketNote | null>;

  @Field(() => TicketNote, {
    nullable: true,
    description: "The note as the carrier recorded it (read back with the ticket's notes, the same read as `ticket { notes }`).",
  })
  get note(): Promise<TicketNote | null> {
    return this.loadNote ? this.loadNote() : Promise.resolve(null);
  }

  loadTicket?: Lazy<Ticket | null>;

  @Field(() => Ticket, { nullable: true, description: 'The ticket, read after the note was added; null when there is no such ticket.' })
  get ticket(): Promise<Ticket | null> {
    return this.loadTicket ? this.loadTicket() : Promise.resolve(null);
  }
}
