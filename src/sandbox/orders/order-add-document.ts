/**
 * /orderAddDocument (L10437): attaches a base64 document to an order. The example answers
 * statusCode as the number 200 and documentId as a string (L10470); an unknown order is 410
 * "Invalid Order Id", content that is not base64 is 409 as for tickets.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ORDER_REF } from '../request-fields.js';
import { fail, isReply, readStr, required, type Reply } from '../wire.js';
import { addDocument } from './shared/order-documents.js';
import { mutableOrder } from './shared/order-lookup.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const orderAddDocument = defineOperation(
  { ...ORDER_REF, documentName: ANY, documentDescription: ANY, fileContent: ANY },
  ({ state, now }, body) => {
    const missing = (['documentName', 'fileContent'] as const).filter((f) => readStr(body[f]) === undefined);
    if (missing.length > 0) return required(missing.join(', '));
    const content = String(body.fileContent).replace(/\s+/g, '');
    if (content.length % 4 !== 0 || !BASE64.test(content)) return fail('409', 'Invalid Input Parameters: fileContent');
    const o = mutableOrder(state, body);
    if (isReply(o)) return o;
    const documentId = addDocument(state, o.id, {
      name: readStr(body.documentName) ?? '',
      description: readStr(body.documentDescription) ?? '',
      content,
      at: now,
    });
    return { statusCode: 200, status: 'Success', documentId: String(documentId) } as unknown as Reply;
  },
);
