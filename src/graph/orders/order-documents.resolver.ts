/** Order.documents, OrderDocument.content and addOrderDocument (/orderDocument, /orderAddDocument). */
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { UpstreamError } from '../../upstream/core/errors.js';
import type { GatewayContext } from '../common/context.js';
import { assertCarrierRefusal, upstreamToGraphQLError } from '../common/errors.js';
import { LimitedField, checkLimits, limit } from '../common/limits.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { CUSTOMER_ORDER_REFERENCE, Issues } from '../common/validation.js';
import { checkUpload, MAX_DOCUMENT_BYTES } from '../tickets/ticket-documents.js';
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import { isCarrierOrderId } from './order-ref.js';
import { OrderDocument, toOrderDocument } from './order-documents.type.js';
import { Order } from './order.type.js';

/** The guide gives no limits for a document's name or description: those of ticket documents. */
const DOCUMENT_NAME = limit({ maxLength: 100, nonBlank: true });
const DOCUMENT_DESCRIPTION = limit({ maxLength: 1000 });

@InputType({
  description:
    'Attach a file to an order, e.g. a letter of authorisation. Name the order by exactly one of orderId or customerOrderReference.',
})
export class AddOrderDocumentInput {
  @Field(() => ID, { nullable: true, description: 'The carrier order id, e.g. "1026470"; or give customerOrderReference.' })
  orderId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      `Your reference given when the order was placed, instead of orderId: letters and digits, at most ${CUSTOMER_ORDER_REFERENCE.maxLength} characters. ` +
      'The carrier takes it as is: ' +
      'a reference shared by several orders names the one the carrier picks, as `order(customerOrderReference:)` reads it.',
  })
  customerOrderReference?: string | null;
  @LimitedField(DOCUMENT_NAME, (l) => `File name, e.g. "loa.pdf" (at most ${l.maxLength} characters).`, { nullable: false })
  name!: string;
  @Field(() => String, { description: 'MIME type, e.g. "application/pdf"; downloads are served with it.' }) mimeType!: string;
  @Field(() => String, { description: `The file, base64-encoded; at most ${MAX_DOCUMENT_BYTES} bytes once decoded.` })
  contentBase64!: string;
  @LimitedField(DOCUMENT_DESCRIPTION, (l) => `What the file is (at most ${l.maxLength} characters).`) description?: string | null;
}

@ObjectType({ description: 'Result of addOrderDocument.' })
export class AddOrderDocumentPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      "Why nothing was attached: input problems (bad base64, too large: nothing was sent), NOT_FOUND (no such order), or REJECTED with the carrier's message.",
  })
  override userErrors: UserError[] = [];

  loadDocument?: Lazy<OrderDocument | null>;

  @Field(() => OrderDocument, {
    nullable: true,
    description: 'The attached document as the carrier lists it; null when none was attached.',
  })
  get document(): Promise<OrderDocument | null> {
    return this.loadDocument ? this.loadDocument() : Promise.resolve(null);
  }
}

/** One document of an order, for the payload and the download route; null when there is none. */
export async function findOrderDocument(ctx: GatewayContext, orderId: string, documentId: string): Promise<OrderDocument | null> {
  if (!isCarrierOrderId(orderId) || !/^\d+$/.test(documentId)) return null;
  const found = (await ctx.loaders.orderDocuments.byOrder.load(orderId)).find((d) => d.documentId === documentId);
  return found ? toOrderDocument(orderId, found) : null;
}

@Resolver(() => OrderDocument)
export class OrderDocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The file, base64-encoded; sent only when selected (the list read already carries it: no extra call).',
  })
  content(@Root() d: OrderDocument): string | null {
    return d.base64 ?? null;
  }
}

@Resolver(() => Order)
export class OrderDocumentsOfOrderResolver {
  @FieldResolver(() => [OrderDocument], {
    description: 'Files attached to the order (one read per order, batched and de-duplicated).\n\nCarrier: /orderDocument.',
  })
  async documents(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderDocument[]> {
    return (await ctx.loaders.orderDocuments.byOrder.load(order.id)).map((d) => toOrderDocument(order.id, d));
  }
}

@Resolver()
export class AddOrderDocumentResolver {
  @Mutation(() => AddOrderDocumentPayload, {
    nullable: true,
    description:
      'Attach a file to an order, e.g. a letter of authorisation, naming the order by its id or your customerOrderReference. ' +
      'Bad base64, an over-limit size or a bad order key are refused before any call.\n\nCarrier: /orderAddDocument.',
  })
  async addOrderDocument(
    @Arg('input', () => AddOrderDocumentInput, { description: 'The order and the document to attach.' }) input: AddOrderDocumentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddOrderDocumentPayload> {
    const payload = new AddOrderDocumentPayload();
    const issues = new Issues();
    const path = ['input'];
    const ref = checkDocumentOrder(issues, path, input);
    checkLimits(issues, path, input, AddOrderDocumentInput);
    const name = checkUpload(issues, path, input);
    if (!issues.ok || !ref) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const refPath = [...path, 'orderId' in ref ? 'orderId' : 'customerOrderReference'];
    let documentId: string;
    try {
      // The carrier takes either key (L10437), so a reference is sent as is, not resolved first.
      documentId = await ctx.api.orders.orderAddDocument({
        ref,
        name,
        ...(input.description ? { description: input.description } : {}),
        content: input.contentBase64.replace(/\s+/g, ''),
      });
    } catch (error) {
      assertCarrierRefusal(error, ['NOT_FOUND', 'REJECTED']);
      // 410 "Invalid Order Id" is the carrier's answer for an unknown order (L10544).
      const unknownOrder = error.kind === 'NOT_FOUND' || /invalid order id/i.test(error.message);
      payload.userErrors = [
        unknownOrder
          ? UserError.of(
              refPath,
              UserErrorCode.NOT_FOUND,
              `No such order: ${'orderId' in ref ? ref.orderId : `customerOrderReference ${ref.customerOrderReference}`}.`,
            )
          : UserError.of(path, UserErrorCode.REJECTED, `The carrier refused the document: ${error.message}`),
      ];
      return payload;
    }
    if ('orderId' in ref) {
      await ctx.invalidate('Order', [ref.orderId]);
      payload.loadDocument = () => findOrderDocument(ctx, ref.orderId, documentId);
    } else {
      // Which order the reference named is the carrier's to say: its order detail by the same reference.
      ctx.loaders.orderDocuments.byOrder.clearAll();
      ctx.loaders.orders.orderByReference.clear(ref.customerOrderReference);
      payload.loadDocument = async () => {
        const order = await ctx.loaders.orders.orderByReference.load(ref.customerOrderReference);
        return order ? findOrderDocument(ctx, order.orderId, documentId) : null;
      };
    }
    return payload;
  }
}

/** Exactly one of orderId and customerOrderReference, each in its carrier format (refusals go to `issues`). */
function checkDocumentOrder(issues: Issues, path: string[], input: AddOrderDocumentInput): OrderRef | undefined {
  const hasId = input.orderId !== undefined && input.orderId !== null;
  const reference = input.customerOrderReference;
  const hasReference = reference !== undefined && reference !== null;
  if (hasId === hasReference) {
    issues.add(
      [...path, hasId ? 'customerOrderReference' : 'orderId'],
      hasId ? UserErrorCode.CONFLICT : UserErrorCode.REQUIRED,
      `Give exactly one of orderId or customerOrderReference: ${hasId ? 'not both' : 'neither was given'}.`,
    );
    return undefined;
  }
  if (hasId) {
    if (isCarrierOrderId(input.orderId)) return { orderId: input.orderId };
    issues.add([...path, 'orderId'], UserErrorCode.INVALID, 'orderId must be a carrier order id: digits only, e.g. "1026470".');
    return undefined;
  }
  issues.customerOrderReference([...path, 'customerOrderReference'], reference);
  return { customerOrderReference: reference! };
}

/** An order's document as a file for the HTTP download route; carrier failures become the graph's coded errors. */
export async function orderDocumentFile(
  ctx: GatewayContext,
  orderId: string,
  documentId: string,
): Promise<{ name: string; mimeType: string; content: Buffer } | null> {
  let document: OrderDocument | null;
  try {
    document = await findOrderDocument(ctx, orderId, documentId);
  } catch (error) {
    throw error instanceof UpstreamError ? upstreamToGraphQLError(error) : error;
  }
  if (!document) return null;
  return {
    name: document.name ?? `order-${orderId}-document-${documentId}`,
    mimeType: document.mimeType,
    content: Buffer.from(document.base64 ?? '', 'base64'),
  };
}
