/** /ticketDocument (L10929): a ticket's documents with their content (read); 430 is []. */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { lenient, list, record, required, text } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface TicketDocument {
  documentId: string;
  name?: string;
  description?: string;
  /** Base64, as the carrier keeps it. */
  content?: string;
}

const item = record({
  documentId: required((v) => {
    const id = str(v);
    return id !== undefined && /^\d+$/.test(id) ? id : undefined;
  }, 'documentId is not a document id'),
  documentName: text,
  documentDescription: text,
  // The content is keyed documentLocator here (L10955) and fileContent for orders: both read; never trimmed.
  documentLocator: lenient((v) => (typeof v === 'string' && v !== '' ? v : undefined)),
  fileContent: lenient((v) => (typeof v === 'string' && v !== '' ? v : undefined)),
}).transform((w): TicketDocument =>
  defined({
    documentId: w.documentId,
    name: w.documentName,
    description: w.documentDescription,
    content: w.documentLocator ?? w.fileContent,
  }),
);

export const ticketDocument = defineOperation({
  name: 'ticketDocument',
  kind: 'read',
  request: ({ ticketId }: { ticketId: string }) => ({ troubleTicketId: ticketId }),
  response: record({ ticketDocumentList: list(item) }),
  map: (wire): TicketDocument[] => wire.ticketDocumentList,
  notFound: { empty: () => [] },
});
