/**
 * createTicket and addTicketNote (/ticketCreate, /ticketAddNote). Input is
 * checked first (nothing reaches the carrier otherwise); a refusal the caller
 * can act on becomes userErrors; infrastructure failures stay GraphQL errors.
 * Writes are never retried (the transport retries reads only).
 */
import { UpstreamError } from '../../upstream/core/errors.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { checkLimits } from '../common/limits.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { ticketNumberOf } from './ticket-id.js';
import { AddTicketNoteInput, CreateTicketInput } from './ticket.input.js';
import { AddTicketNotePayload, CreateTicketPayload } from './ticket.payload.js';
import type { TicketNote } from './ticket.type.js';
import { TICKET_PROBLEMS, TicketProblem } from './tickets.enums.js';
import { ticketFromDetail, toTicketNote } from './tickets.mapper.js';

const INPUT = ['input'];
/** The furthest any place on Earth is ahead of UTC: a date that is today somewhere is not "in the future". */
const LATEST_OFFSET_MS = 14 * 3_600_000;

/** The latest calendar date anywhere on Earth right now. */
const latestToday = (now: number) => new Date(now + LATEST_OFFSET_MS).toISOString().slice(0, 10);

function checkCreate(issues: Issues, input: CreateTicketInput, now: number): void {
  const required: (keyof CreateTicketInput)[] = [
    'description',
    'originatingNumber',
    'terminatingNumber',
    'contactName',
    'contactPhone',
    'contactEmail',
  ];
  for (const field of required) issues.required([...INPUT, field], input[field], field);
  checkLimits(issues, INPUT, input, CreateTicketInput);
  if (input.problem === TicketProblem.OTHER) {
    issues.add([...INPUT, 'problem'], UserErrorCode.INVALID, 'problem must be one of the listed problems; OTHER is only ever read.');
  }
  const occurred = String(input.occurredOn);
  if (occurred > latestToday(now)) {
    issues.add([...INPUT, 'occurredOn'], UserErrorCode.OUT_OF_RANGE, `occurredOn must not be in the future (got ${occurred}).`);
  }
}

const refused = (error: unknown, path: Path): UserError[] => {
  assertCarrierRefusal(error);
  return [UserError.of(path, UserErrorCode.REJECTED, `The carrier refused the request: ${error.message}`)];
};

async function readTicket(ctx: GatewayContext, ticketId: string) {
  const detail = await ctx.loaders.tickets.ticketDetail.load(ticketId);
  return detail ? ticketFromDetail(detail) : null;
}

export async function createTicket(ctx: GatewayContext, input: CreateTicketInput, now = Date.now()): Promise<CreateTicketPayload> {
  const payload = new CreateTicketPayload();
  const issues = new Issues();
  checkCreate(issues, input, now);
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return payload;
  }
  let ticketId: string;
  try {
    ticketId = await ctx.api.tickets.ticketCreate({
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      ...(input.contactPhoneExtension ? { contactPhoneExtension: input.contactPhoneExtension } : {}),
      country: (input.country ?? 'USA').toUpperCase(),
      description: input.description,
      occurredOn: String(input.occurredOn),
      ...(input.customerTicketReference ? { customerTicketReference: input.customerTicketReference } : {}),
      problemCode: TICKET_PROBLEMS[input.problem as Exclude<TicketProblem, TicketProblem.OTHER>].code,
      originatingNumber: input.originatingNumber,
      terminatingNumber: input.terminatingNumber,
    });
  } catch (error) {
    payload.userErrors = refused(error, INPUT);
    return payload;
  }
  await ctx.invalidate('Ticket', [ticketId]);
  payload.loadTicket = () => readTicket(ctx, ticketId);
  return payload;
}

/** The added note as the carrier lists it (with its time and author); the note as written when it cannot be read back. */
async function readBackNote(ctx: GatewayContext, ticketId: string, noteId: string, text: string): Promise<TicketNote> {
  const written = toTicketNote({ ...(noteId ? { noteId } : {}), note: text });
  if (!noteId) return written;
  try {
    const notes = await ctx.loaders.tickets.ticketNotes.load(ticketId);
    const recorded = notes.find((n) => n.noteId === noteId);
    return recorded ? toTicketNote(recorded) : written;
  } catch (error) {
    ctx.logger.warn({ err: error }, 'reading back an added ticket note failed; answering the note as written');
    return written;
  }
}

export async function addTicketNote(ctx: GatewayContext, input: AddTicketNoteInput): Promise<AddTicketNotePayload> {
  const payload = new AddTicketNotePayload();
  const issues = new Issues();
  const ticketId = ticketNumberOf(input.ticketId) ?? '';
  if (!ticketId) issues.add([...INPUT, 'ticketId'], UserErrorCode.INVALID, 'ticketId must be a ticket\'s id or its number, e.g. "432789".');
  if (issues.required([...INPUT, 'note'], input.note, 'note')) checkLimits(issues, INPUT, input, AddTicketNoteInput);
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return payload;
  }
  let noteId: string;
  try {
    noteId = await ctx.api.tickets.ticketAddNote({ ticketId, note: input.note });
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'NOT_FOUND') {
      payload.userErrors = [UserError.of([...INPUT, 'ticketId'], UserErrorCode.NOT_FOUND, `No such ticket: ${ticketId}.`)];
      return payload;
    }
    payload.userErrors = refused(error, INPUT);
    return payload;
  }
  await ctx.invalidate('Ticket', [ticketId]);
  payload.noteId = noteId || null;
  payload.loadNote = () => readBackNote(ctx, ticketId, noteId, input.note);
  payload.loadTicket = () => readTicket(ctx, ticketId);
  return payload;
}
