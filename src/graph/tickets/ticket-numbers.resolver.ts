/**
 * The numbers a ticket names, and the tickets a number is named in. A ticket's
 * numbers may be any up to 15 digits (not only ours, not only North
 * American): the digits are always there, and the TelephoneNumber when the
 * number is one of the account's.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { checkPageArgs, toConnection, type PageArgs } from '../common/connection.js';
import { PageArgsOf } from '../common/page-args.js';
import { normaliseTn } from '../common/scalars.js';
import { Issues } from '../common/validation.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { TICKET_CONNECTION_LIMITS } from './ticket.resolver.js';
import { Ticket, TicketConnection } from './ticket.type.js';
import { ticketNumberOf } from './ticket-id.js';
import { windowOver } from './ticket.window.js';
import { ticketFromDetail } from './tickets.mapper.js';

async function ours(ctx: GatewayContext, digits: string | undefined): Promise<TelephoneNumber | null> {
  const tn = digits === undefined ? null : normaliseTn(digits);
  if (!tn) return null;
  const record = await ctx.loaders.numbers.telephoneNumber.load(tn);
  return record ? toTelephoneNumber(record) : null;
}

@Resolver(() => Ticket)
export class TicketNumbersResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The calling number as reported: up to 15 digits.\n\nCarrier: /ticketDetail.',
  })
  async originatingNumber(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (t.detail ?? (await ctx.loaders.tickets.ticketDetail.load(t.ticketNumber)))?.originatingNumber ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The called number as reported: up to 15 digits.\n\nCarrier: /ticketDetail.',
  })
  async terminatingNumber(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (t.detail ?? (await ctx.loaders.tickets.ticketDetail.load(t.ticketNumber)))?.terminatingNumber ?? null;
  }

  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description:
      'The calling number when it is one of yours; null otherwise (batched with every number of the request).\n\nCarrier: /ticketDetail, /tnDetail.',
  })
  async originatingTelephoneNumber(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    return ours(ctx, (t.detail ?? (await ctx.loaders.tickets.ticketDetail.load(t.ticketNumber)))?.originatingNumber);
  }

  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description:
      'The called number when it is one of yours; null otherwise (batched with every number of the request).\n\nCarrier: /ticketDetail, /tnDetail.',
  })
  async terminatingTelephoneNumber(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    return ours(ctx, (t.detail ?? (await ctx.loaders.tickets.ticketDetail.load(t.ticketNumber)))?.terminatingNumber);
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberTicketsResolver {
  @FieldResolver(() => TicketConnection, {
    nullable: true,
    description:
      'Trouble tickets that name this number as calling or called number, newest first. The carrier cannot search tickets by ' +
      'number: the ticket list is read once per request, whatever the number of numbers asked about, and each ticket once ' +
      '(the numbers a ticket names are then cached for a day: later requests read new tickets and the matching ones only).' +
      '\n\nCarrier: /ticketList, /ticketDetail.',
  })
  async tickets(
    @Root() tn: TelephoneNumber,
    @PageArgsOf(TICKET_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TicketConnection> {
    const issues = new Issues();
    const page = checkPageArgs(issues, { first, after }, TICKET_CONNECTION_LIMITS, 'telephoneNumber.tickets', { tn: tn.tn });
    issues.throwIfAny();
    const index = await ctx.loaders.tickets.ticketsByNumber();
    const named = [...(index.get(tn.tn) ?? [])].sort((a, b) => Number(b) - Number(a));
    const window = await windowOver(named, page, (id) => id);
    const details = await ctx.loaders.tickets.ticketDetail.loadMany(window.items.map(({ node }) => node));
    return toConnection(TicketConnection, {
      ...window,
      items: window.items.flatMap(({ cursor }, i) => {
        const detail = details[i];
        if (detail instanceof Error) throw detail;
        return detail ? [{ node: ticketFromDetail(detail), cursor }] : [];
      }),
    });
  }
}

/** Federation: `{ __typename: "Ticket", id }` through the batched detail loader. */
export async function resolveTicketReference(ref: { id?: unknown; ticketNumber?: unknown }, ctx: GatewayContext): Promise<Ticket | null> {
  const number = ticketNumberOf(ref.ticketNumber ?? ref.id);
  if (number === undefined) return null;
  const detail = await ctx.loaders.tickets.ticketDetail.load(number);
  return detail ? ticketFromDetail(detail) : null;
}
