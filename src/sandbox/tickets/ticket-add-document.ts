/**
 * /ticketAddDocument (L10889): attaches a base64 document. The guide marks troubleTicketId optional
 * (L10901) though a document must belong to a ticket: the sandbox requires it (414). The answer's
 * id is a number (L10925) and lastModifiedString has the orders' compact format.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, lastModifiedString, ok, readStr, readYN, required } from '../wire.js';
import { findTicket, ticketBook } from './shared/ticket-book.js';
import { NO_RESULT } from './shared/ticket-replies.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const ticketAddDocument = defineOperation(
  { troubleTicketId: ANY, documentName: ANY, documentDescription: ANY, fileContent: ANY, isPublic: ANY },
  ({ state, now }, body) => {
    const missing = (['troubleTicketId', 'fileContent', 'isPublic'] as const).filter(
      (f) => readStr(body[f]) === undefined && body[f] !== false,
    );
    if (missing.length > 0) return required(missing.join(', '));
    const content = typeof body.fileContent === 'string' ? body.fileContent.replace(/\s+/g, '') : '';
    if (content.length % 4 !== 0 || !BASE64.test(content)) return fail('409', 'Invalid Input Parameters: fileContent');
    const isPublic = readYN(body.isPublic);
    if (isPublic === undefined) return fail('409', 'Invalid Input Parameters: isPublic');
    const book = ticketBook(state, now);
    const ticket = findTicket(book, body.troubleTicketId);
    if (!ticket) return NO_RESULT;
    const documentId = book.newDocumentId();
    ticket.documents.push({
      documentId,
      name: readStr(body.documentName) ?? '',
      description: readStr(body.documentDescription) ?? 'none',
      content,
      isPublic: isPublic === 'Y',
      at: now,
    });
    return ok({ lastModifiedString: lastModifiedString(now), troubleTicketDocumentId: documentId });
  },
);
