/** Output types of the tickets domain. Fields only /ticketDetail reports are field resolvers in ticket.resolver.ts. */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { TicketDetail } from '../../upstream/tickets/ticket-detail.js';
import { ConnectionType } from '../common/connection.js';
import { globalId, Node } from '../common/node.js';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';
import { TicketStatus } from './tickets.enums.js';

@ObjectType({
  implements: Node,
  description:
    'A trouble ticket opened with the carrier about a service problem: who reported it, what is wrong, which numbers, and how ' +
    'far the carrier has got. Lists read the ticket list; the other fields read the ticket once, batched per ticket.\n' +
    'Carrier: /ticketList, /ticketDetail.',
})
@Directive('@key(fields: "id")')
export class Ticket implements Node {
  @Field(() => ID, { description: 'Stable global id of this ticket (for `node(id:)`, client caches and `ticket(id:)`).' })
  get id(): string {
    return globalId('Ticket', this.ticketNumber);
  }

  @Field(() => String, { description: 'The carrier\'s ticket number (troubleTicketId), e.g. "432789": what its support staff quote.' })
  ticketNumber!: string;

  @Field(() => TicketStatus, { nullable: true, description: 'Where the ticket stands; null when the carrier reports no status.' })
  status?: TicketStatus | null;

  @Field(() => String, { nullable: true, description: 'The status in the carrier\'s words, e.g. "Referred Out".' })
  statusLabel?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your own reference for the ticket, given when it was opened (carrier extlCompanyTicket).',
  })
  customerTicketReference?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the ticket was opened (carrier enterDate), YYYY-MM-DD.' })
  enteredOn?: string | null;

  /** The ticket's detail when it was already read (not a GraphQL field): saves a /ticketDetail call. */
  detail?: TicketDetail;
  /** Contact name from the list, used until the detail is read. */
  listedContactName?: string;
}

@ObjectType({ description: 'Who the carrier contacts about a ticket.\n\nCarrier: /ticketDetail.' })
export class TicketContact {
  @Field(() => String, { nullable: true, description: 'First and last name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Ten-digit phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Four-digit phone extension.' }) phoneExtension?: string | null;
  @Field(() => String, { nullable: true, description: 'Email address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Country of the trouble, e.g. "USA".' }) country?: string | null;
}

@ObjectType({ description: 'Who at the carrier works on a ticket.\n\nCarrier: /ticketDetail.' })
export class TicketAssignment {
  @Field(() => String, { nullable: true, description: 'Market, e.g. "Washington DC".' }) market?: string | null;
  @Field(() => String, { nullable: true, description: 'Region, e.g. "South".' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'Operational market.' }) operationalMarket?: string | null;
  @Field(() => String, { nullable: true, description: 'Team working on it, e.g. "Network Operations Center".' }) workgroup?: string | null;
  @Field(() => String, { nullable: true, description: 'Network operations technician on the ticket.' }) technician?: string | null;
}

@ObjectType({ description: 'What the carrier found and did about a ticket; empty until it is resolved.\n\nCarrier: /ticketDetail.' })
export class TicketResolution {
  @Field(() => String, { nullable: true, description: "What caused the trouble, in the carrier's words." }) cause?: string | null;
  @Field(() => String, { nullable: true, description: "How it was resolved, in the carrier's words." }) resolution?: string | null;
  @Field(() => String, { nullable: true, description: 'Expected impact on your customers.' }) expectedCustomerImpact?: string | null;
  @Field(() => String, { nullable: true, description: 'Who resolved it.' }) resolvedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Who closed it.' }) closedBy?: string | null;
}

@ObjectType({ description: "A note on a ticket, yours or the carrier's.\n\nCarrier: /ticketNote." })
export class TicketNote {
  @Field(() => ID, { nullable: true, description: "The carrier's note id (noteId); null when the carrier gives none." })
  id?: string | null;
  @Field(() => String, { description: 'The note as written.' }) text!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was written, in UTC.' }) createdAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Carrier user who wrote it, e.g. "api_user".' }) createdBy?: string | null;
}

export const TicketConnection = ConnectionType('Ticket', () => Ticket, 'trouble tickets');
export type TicketConnection = InstanceType<typeof TicketConnection>;
