/**
 * /ticketAddDocument (L10889): attach a base64 document to a ticket (write). Answers the new
 * document's id, a number named troubleTicketDocumentId here but documentId in reads.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { compact } from '../wire/request.js';
import { record, required, text } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface TicketAddDocumentRequest {
  ticketId: string;
  name: string;
  description?: string;
  /** Base64. */
  content: string;
  /** Whether the carrier may show it to others; the guide's table calls it "Service type" (copy-paste). */
  isPublic: boolean;
}

const documentId = (v: unknown) => {
  const id = str(v);
  return id !== undefined && /^\d+$/.test(id) ? id : undefined;
};

export const ticketAddDocument = defineOperation({
  name: 'ticketAddDocument',
  kind: 'write',
  request: (r: TicketAddDocumentRequest) =>
    compact({
      troubleTicketId: r.ticketId,
      documentName: r.name,
      documentDescription: r.description,
      fileContent: r.content,
      // The example sends the string "true" (L10916).
      isPublic: r.isPublic ? 'true' : 'false',
    }),
  response: record({
    troubleTicketDocumentId: required(documentId, 'troubleTicketDocumentId is not a document id'),
    lastModifiedString: text,
  }),
  map: (wire): string => wire.troubleTicketDocumentId,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
