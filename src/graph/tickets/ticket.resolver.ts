/** Tickets: the queries, the mutations, and the fields only a ticket's detail or notes report. */
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TicketDetail } from '../../upstream/tickets/ticket-detail.js';
import type { TicketListFilter } from '../../upstream/tickets/ticket-list.js';
import { checkPageArgs, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { checkLimits } from '../common/limits.js';
import { PageArgsOf } from '../common/page-args.js';
import { LocalDateScalar } from '../common/scalars.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { AddTicketNoteInput, CreateTicketInput, TicketFilter } from './ticket.input.js';
import { addTicketNote, createTicket } from './ticket.mutations.js';
import { AddTicketNotePayload, CreateTicketPayload } from './ticket.payload.js';
import { Ticket, TicketAssignment, TicketConnection, TicketContact, TicketNote, TicketResolution } from './ticket.type.js';
import { ticketNumberOf } from './ticket-id.js';
import { windowOver } from './ticket.window.js';
import { TICKET_STATUS_LABELS, TicketProblem, TicketStatus, ticketProblemOf } from './tickets.enums.js';
import { ticketFromDetail, ticketFromSummary, toTicketNote } from './tickets.mapper.js';

export const TICKET_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 500 };

async function detailOf(ticket: Ticket, ctx: GatewayContext): Promise<TicketDetail | null> {
  return ticket.detail ?? (await ctx.loaders.tickets.ticketDetail.load(ticket.ticketNumber));
}

function toListFilter(issues: Issues, f: TicketFilter): TicketListFilter {
  checkLimits(issues, ['filter'], f, TicketFilter);
  if (f.excludeStatus && !f.status)
    issues.add(['filter', 'excludeStatus'], UserErrorCode.CONFLICT, 'excludeStatus needs a status to exclude.');
  if (f.status === TicketStatus.OTHER) issues.add(['filter', 'status'], UserErrorCode.INVALID, 'OTHER cannot be searched for.');
  if (f.enteredFrom && f.enteredTo && String(f.enteredFrom) > String(f.enteredTo)) {
    issues.add(['filter', 'enteredTo'], UserErrorCode.CONFLICT, 'enteredTo must not be before enteredFrom.');
  }
  const status = f.status && f.status !== TicketStatus.OTHER ? TICKET_STATUS_LABELS[f.status] : undefined;
  return {
    ...(status ? { statusLabel: status, ...(f.excludeStatus ? { excludeStatus: true } : {}) } : {}),
    ...(f.enteredFrom ? { enteredFrom: String(f.enteredFrom) } : {}),
    ...(f.enteredTo ? { enteredTo: String(f.enteredTo) } : {}),
    ...(f.customerTicketReference ? { customerTicketReference: f.customerTicketReference } : {}),
  };
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, {
    nullable: true,
    description: 'One trouble ticket by its id; null when there is no such ticket.\n\nCarrier: /ticketDetail.',
  })
  async ticket(
    @Arg('id', () => ID, { description: 'The ticket: its global id (Ticket.id) or the carrier\'s ticket number, e.g. "432789".' })
    id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<Ticket | null> {
    const issues = new Issues();
    const number = ticketNumberOf(id);
    if (number === undefined) issues.add(['id'], UserErrorCode.INVALID, `id must be a ticket's id or its number (digits), got "${id}".`);
    issues.throwIfAny();
    const detail = await ctx.loaders.tickets.ticketDetail.load(number!);
    return detail ? ticketFromDetail(detail) : null;
  }

  @Query(() => TicketConnection, {
    nullable: true,
    description: 'Your trouble tickets, newest first, paginated.\n\nCarrier: /ticketList.',
  })
  async tickets(
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Filters; default: every ticket of the account.' })
    filter: TicketFilter | null,
    @PageArgsOf(TICKET_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TicketConnection> {
    const issues = new Issues();
    const listFilter = toListFilter(issues, filter ?? {});
    const page = checkPageArgs(issues, { first, after }, TICKET_CONNECTION_LIMITS, 'tickets', listFilter);
    issues.throwIfAny();
    const all = await ctx.loaders.tickets.ticketList.load(listFilter);
    // The carrier documents no order: newest (highest id) first, like orders.
    const sorted = [...all].sort((a, b) => Number(b.ticketId) - Number(a.ticketId));
    const window = await windowOver(sorted, page, (t) => t.ticketId);
    return toConnection(TicketConnection, {
      ...window,
      items: window.items.map(({ node, cursor }) => ({ node: ticketFromSummary(node), cursor })),
    });
  }

  @Mutation(() => CreateTicketPayload, {
    nullable: true,
    description: 'Open a trouble ticket about a service problem.\n\nCarrier: /ticketCreate.',
  })
  createTicket(
    @Arg('input', () => CreateTicketInput, { description: 'What is wrong, and whom to contact.' }) input: CreateTicketInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CreateTicketPayload> {
    return createTicket(ctx, input);
  }

  @Mutation(() => AddTicketNotePayload, { nullable: true, description: 'Add a note to a trouble ticket.\n\nCarrier: /ticketAddNote.' })
  addTicketNote(
    @Arg('input', () => AddTicketNoteInput, { description: 'The ticket and the note to add.' }) input: AddTicketNoteInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddTicketNotePayload> {
    return addTicketNote(ctx, input);
  }

  @FieldResolver(() => TicketProblem, {
    nullable: true,
    description: 'What is wrong; null when the carrier reports nothing.\n\nCarrier: /ticketDetail.',
  })
  async problem(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketProblem | null> {
    return ticketProblemOf((await detailOf(t, ctx))?.problemLabel);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The problem in the carrier\'s words, e.g. "Fast Busy".\n\nCarrier: /ticketDetail.',
  })
  async problemLabel(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.problemLabel ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The trouble, as the reporter described it.\n\nCarrier: /ticketDetail.' })
  async description(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.description ?? null;
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the problem was seen (YYYY-MM-DD).\n\nCarrier: /ticketDetail.',
  })
  async occurredOn(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.occurredOn ?? null;
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the ticket last changed (YYYY-MM-DD).\n\nCarrier: /ticketDetail.',
  })
  async updatedOn(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.updatedOn ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who opened the ticket.\n\nCarrier: /ticketDetail.' })
  async enteredBy(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.enteredBy ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who changed the ticket last.\n\nCarrier: /ticketDetail.' })
  async updatedBy(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.updatedBy ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The carrier service the ticket is about, e.g. "None".\n\nCarrier: /ticketDetail.',
  })
  async service(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.service ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Where the ticket came from, in the carrier's words.\n\nCarrier: /ticketDetail.",
  })
  async source(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await detailOf(t, ctx))?.source ?? null;
  }

  @FieldResolver(() => TicketContact, { description: 'Who the carrier contacts about the ticket.\n\nCarrier: /ticketList, /ticketDetail.' })
  async contact(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketContact> {
    const c = new TicketContact();
    // The list carries the name: a list asking only for it costs no detail read.
    const d = t.detail ?? (t.listedContactName !== undefined ? undefined : await detailOf(t, ctx));
    c.name = d?.contactName ?? t.listedContactName ?? null;
    c.phone = d?.contactPhone ?? null;
    c.phoneExtension = d?.contactPhoneExtension ?? null;
    c.email = d?.contactEmail ?? null;
    c.country = d?.country ?? null;
    return c;
  }

  @FieldResolver(() => TicketAssignment, { description: 'Who at the carrier works on the ticket.\n\nCarrier: /ticketDetail.' })
  async assignment(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketAssignment> {
    const d = await detailOf(t, ctx);
    const a = new TicketAssignment();
    a.market = d?.market ?? null;
    a.region = d?.region ?? null;
    a.operationalMarket = d?.operationalMarket ?? null;
    a.workgroup = d?.assignedWorkgroup ?? null;
    a.technician = d?.nocTechnician ?? null;
    return a;
  }

  @FieldResolver(() => TicketResolution, {
    description: 'What the carrier found and did; empty until resolved.\n\nCarrier: /ticketDetail.',
  })
  async resolution(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketResolution> {
    const d = await detailOf(t, ctx);
    const r = new TicketResolution();
    r.cause = d?.causeLabel ?? null;
    r.resolution = d?.resolutionLabel ?? null;
    r.expectedCustomerImpact = d?.expectedCustomerImpact ?? null;
    r.resolvedBy = d?.resolvedBy ?? null;
    r.closedBy = d?.closedBy ?? null;
    return r;
  }

  @FieldResolver(() => [TicketNote], {
    description: 'Notes on the ticket, oldest first (one read per ticket, batched).\n\nCarrier: /ticketNote.',
  })
  async notes(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketNote[]> {
    return (await ctx.loaders.tickets.ticketNotes.load(t.ticketNumber)).map(toTicketNote);
  }
}
