/** Ticket.documents, TicketDocument.content and addTicketDocument (/ticketDocument, /ticketAddDocument). */
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { UpstreamError } from '../../upstream/core/errors.js';
import type { GatewayContext } from '../common/context.js';
import { assertCarrierRefusal, upstreamToGraphQLError } from '../common/errors.js';
import { LimitedField, checkLimits, limit } from '../common/limits.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { checkUpload, MAX_DOCUMENT_BYTES, TicketDocument, toTicketDocument } from './ticket-documents.js';
import { ticketNumberOf } from './ticket-id.js';
import { Ticket } from './ticket.type.js';

/** The guide gives no limits for a document's name or description: 100 and 1000 characters. */
const DOCUMENT_NAME = limit({ maxLength: 100, nonBlank: true });
const DOCUMENT_DESCRIPTION = limit({ maxLength: 1000 });

@InputType({ description: 'Attach a file to a trouble ticket, e.g. a screenshot.' })
export class AddTicketDocumentInput {
  @Field(() => ID, { description: "The ticket: its id or the carrier's ticket number." }) ticketId!: string;
  @LimitedField(DOCUMENT_NAME, (l) => `File name, e.g. "screenshot.png" (at most ${l.maxLength} characters).`, { nullable: false })
  name!: string;
  @Field(() => String, { description: 'MIME type, e.g. "image/png"; downloads are served with it.' }) mimeType!: string;
  @Field(() => String, { description: `The file, base64-encoded; at most ${MAX_DOCUMENT_BYTES} bytes once decoded.` })
  contentBase64!: string;
  @LimitedField(DOCUMENT_DESCRIPTION, (l) => `What the file shows (at most ${l.maxLength} characters).`) description?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Whether the carrier may share it beyond your account (default false).' })
  isPublic!: boolean;
}

@ObjectType({ description: 'Result of addTicketDocument.' })
export class AddTicketDocumentPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      "Why nothing was attached: input problems (bad base64, too large: nothing was sent), NOT_FOUND (no such ticket), or REJECTED with the carrier's message.",
  })
  override userErrors: UserError[] = [];

  loadDocument?: Lazy<TicketDocument | null>;

  @Field(() => TicketDocument, {
    nullable: true,
    description: 'The attached document as the carrier lists it; null when none was attached.',
  })
  get document(): Promise<TicketDocument | null> {
    return this.loadDocument ? this.loadDocument() : Promise.resolve(null);
  }
}

/** One document of a ticket, for the payload and the download route; null when there is none. */
export async function findTicketDocument(ctx: GatewayContext, ticketId: string, documentId: string): Promise<TicketDocument | null> {
  if (!/^\d+$/.test(ticketId) || !/^\d+$/.test(documentId)) return null;
  const found = (await ctx.loaders.tickets.ticketDocuments.load(ticketId)).find((d) => d.documentId === documentId);
  return found ? toTicketDocument(ticketId, found) : null;
}

@Resolver(() => TicketDocument)
export class TicketDocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The file, base64-encoded; only read when selected (the list read already carries it: no extra call).',
  })
  content(@Root() d: TicketDocument): string | null {
    return d.base64 ?? null;
  }

  @Mutation(() => AddTicketDocumentPayload, {
    nullable: true,
    description: 'Attach a file to a trouble ticket.\n\nCarrier: /ticketAddDocument.',
  })
  async addTicketDocument(
    @Arg('input', () => AddTicketDocumentInput, { description: 'The ticket and the document to attach.' }) input: AddTicketDocumentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddTicketDocumentPayload> {
    const payload = new AddTicketDocumentPayload();
    const issues = new Issues();
    const path = ['input'];
    const ticketId = ticketNumberOf(input.ticketId) ?? '';
    if (!ticketId)
      issues.add([...path, 'ticketId'], UserErrorCode.INVALID, 'ticketId must be a ticket\'s id or its number, e.g. "432789".');
    checkLimits(issues, path, input, AddTicketDocumentInput);
    const name = checkUpload(issues, path, input);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    let documentId: string;
    try {
      documentId = await ctx.api.tickets.ticketAddDocument({
        ticketId,
        name,
        ...(input.description ? { description: input.description } : {}),
        content: input.contentBase64.replace(/\s+/g, ''),
        isPublic: input.isPublic,
      });
    } catch (error) {
      assertCarrierRefusal(error, ['NOT_FOUND', 'REJECTED']);
      payload.userErrors = [
        error.kind === 'NOT_FOUND'
          ? UserError.of([...path, 'ticketId'], UserErrorCode.NOT_FOUND, `No such ticket: ${ticketId}.`)
          : UserError.of(path, UserErrorCode.REJECTED, `The carrier refused the document: ${error.message}`),
      ];
      return payload;
    }
    await ctx.invalidate('Ticket', [ticketId]);
    payload.loadDocument = () => findTicketDocument(ctx, ticketId, documentId);
    return payload;
  }
}

@Resolver(() => Ticket)
export class TicketDocumentsOfTicketResolver {
  @FieldResolver(() => [TicketDocument], {
    description: 'Files attached to the ticket (one read per ticket, batched).\n\nCarrier: /ticketDocument.',
  })
  async documents(@Root() t: Ticket, @Ctx() ctx: GatewayContext): Promise<TicketDocument[]> {
    return (await ctx.loaders.tickets.ticketDocuments.load(t.ticketNumber)).map((d) => toTicketDocument(t.ticketNumber, d));
  }
}

/** A ticket's document as a file for the HTTP download route; carrier failures become the graph's coded errors. */
export async function ticketDocumentFile(
  ctx: GatewayContext,
  ticketId: string,
  documentId: string,
): Promise<{ name: string; mimeType: string; content: Buffer } | null> {
  let document: TicketDocument | null;
  try {
    document = await findTicketDocument(ctx, ticketId, documentId);
  } catch (error) {
    throw error instanceof UpstreamError ? upstreamToGraphQLError(error) : error;
  }
  if (!document) return null;
  return {
    name: document.name ?? `ticket-${ticketId}-document-${documentId}`,
    mimeType: document.mimeType,
    content: Buffer.from(document.base64 ?? '', 'base64'),
  };
}
