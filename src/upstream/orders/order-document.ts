/**
 * /orderDocument (L10482): an order's documents with their content (read); 430 and 410 "Invalid
 * Order Id" are []. The description is keyed `description` here but `documentDescription` on
 * upload; mimeType is documented but "" in the example, so an empty one is absent.
 */
import { defineOperation } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { defined } from '../wire/request.js';
import { lenient, record, required, text, wrappedList } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface OrderDocument {
  documentId: string;
  name?: string;
  description?: string;
  mimeType?: string;
  /** Base64, as the carrier keeps it. */
  content?: string;
}

const untrimmed = lenient((v) => (typeof v === 'string' && v !== '' ? v : undefined));

const item = record({
  documentId: required((v) => {
    const id = str(v);
    return id !== undefined && /^\d+$/.test(id) ? id : undefined;
  }, 'documentId is not a document id'),
  documentName: text,
  description: text,
  documentDescription: text,
  mimeType: text,
  fileContent: untrimmed,
  // The tickets' key for the content (L10955): read too, should the carrier share the shape.
  documentLocator: untrimmed,
}).transform((w): OrderDocument =>
  defined({
    documentId: w.documentId,
    name: w.documentName,
    description: w.description ?? w.documentDescription,
    mimeType: w.mimeType,
    content: w.fileContent ?? w.documentLocator,
  }),
);

export const orderDocument = defineOperation({
  name: 'orderDocument',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('orderDocument', ref),
  // Documented: { orderDocumentList: { orderDocument: [...] } }; a bare array is tolerated.
  response: record({ orderDocumentList: wrappedList('orderDocument', item) }),
  map: (wire): OrderDocument[] => wire.orderDocumentList,
  notFound: { empty: () => [], invalidOrderId: true },
});
