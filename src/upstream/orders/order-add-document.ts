/**
 * /orderAddDocument (L10437): attach a base64 document to an order (write). Answers the new
 * document's id, a string here ("207032") and a number in /orderDocument.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { compact } from '../wire/request.js';
import { record, required } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface OrderAddDocumentRequest {
  ref: OrderRef;
  name: string;
  description?: string;
  /** Base64. */
  content: string;
}

export const orderAddDocument = defineOperation({
  name: 'orderAddDocument',
  kind: 'write',
  request: (r: OrderAddDocumentRequest) =>
    compact({
      ...orderRefRequest('orderAddDocument', r.ref),
      documentName: r.name,
      documentDescription: r.description,
      fileContent: r.content,
    }),
  response: record({
    documentId: required((v) => {
      const id = str(v);
      return id !== undefined && /^\d+$/.test(id) ? id : undefined;
    }, 'documentId is not a document id'),
  }),
  map: (wire): string => wire.documentId,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
