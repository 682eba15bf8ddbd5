/**
 * /orderDocument (L10482): an order's documents with their base64 content under fileContent, the
 * id a number and the description keyed `description` (L10505). None is 430, an unknown order 410.
 */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { fail, ok } from '../wire.js';
import { findOrder, KEY_REQUIRED, NO_RESULTS } from './shared/order-lookup.js';
import { documentsOf, sniffMimeType } from './shared/order-documents.js';

export const orderDocument = defineOperation(ORDER_REF, ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o) return fail('410', 'Invalid Order Id');
  const docs = documentsOf(state, o.id);
  if (docs.length === 0) return NO_RESULTS;
  return ok({
    orderDocumentList: {
      orderDocument: docs.map((d) => ({
        documentId: d.documentId,
        documentName: d.name,
        fileContent: d.content,
        description: d.description,
        mimeType: sniffMimeType(d.content),
      })),
    },
  });
});
