/**
 * Documents on orders (a letter of authorisation, a bill copy): their graph type and the mapping
 * from the carrier's list. Uploads pass the same checks as ticket documents (tickets/ticket-documents.ts):
 * base64, a size limit and a MIME type, before any call. The carrier documents a mimeType on reads
 * but its example leaves it "" and uploads carry none, so the type also travels in the file name.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderDocument as WireOrderDocument } from '../../upstream/orders/order-document.js';
import { decodedSize, mimeTypeOf } from '../tickets/ticket-documents.js';

@ObjectType({
  description:
    'A file attached to an order, e.g. a letter of authorisation. Its content is sent only when `content` is selected; ' +
    '`downloadPath` serves it over plain HTTP for a browser to save.\n\nCarrier: /orderDocument.',
})
export class OrderDocument {
  @Field(() => ID, { description: "The carrier's document id (documentId)." }) id!: string;
  @Field(() => String, { nullable: true, description: 'File name, e.g. "loa.pdf".' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Description given on upload; null when none.' }) description?: string | null;
  @Field(() => String, {
    description:
      "MIME type: the carrier's when it gives one, else from the file name or the content; application/octet-stream when unknown.",
  })
  mimeType!: string;
  @Field(() => Int, { nullable: true, description: 'Size in bytes, decoded; null when the carrier sent no content.' }) size?: number | null;
  @Field(() => String, { description: 'Path on this gateway that downloads the file: GET it (same authorisation as /graphql).' })
  downloadPath!: string;
  /** The base64 content (resolved by `content` only when selected). */
  base64?: string;
}

export function toOrderDocument(orderId: string, d: WireOrderDocument): OrderDocument {
  const out = new OrderDocument();
  out.id = d.documentId;
  out.name = d.name ?? null;
  out.description = d.description ?? null;
  out.mimeType = d.mimeType ?? mimeTypeOf(d.name, d.content);
  out.size = d.content === undefined ? null : decodedSize(d.content);
  out.downloadPath = `/documents/orders/${encodeURIComponent(orderId)}/${encodeURIComponent(d.documentId)}`;
  if (d.content !== undefined) out.base64 = d.content;
  return out;
}
