import { describe, expect, it } from 'vitest';
import { ticketAddDocument } from '../../../src/upstream/tickets/ticket-add-document.js';
import { ticketDocument } from '../../../src/upstream/tickets/ticket-document.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from './guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('/ticketAddDocument and /ticketDocument', () => {
  it('sends the document as the guide does (isPublic as the string "true") and reads the numeric id', () => {
    const input = { ticketId: '65872', name: 'TestDoc02', content: 'VGhpcyBpcyBhIHRlc3QgZG9j', isPublic: true };
    expect(ticketAddDocument.request(input)).toEqual({
      troubleTicketId: '65872',
      documentName: 'TestDoc02',
      fileContent: 'VGhpcyBpcyBhIHRlc3QgZG9j',
      isPublic: 'true',
    });
    expect(ticketAddDocument.parse(parse(guide.TICKET_ADD_DOCUMENT), input)).toBe('118855');
  });

  it("reads the guide's documents, the content under documentLocator (fileContent read too)", () => {
    expect(ticketDocument.request({ ticketId: '65872' })).toEqual({ troubleTicketId: '65872' });
    expect(ticketDocument.parse(parse(guide.TICKET_DOCUMENT), { ticketId: '65872' })).toEqual([
      { documentId: '118855', name: 'TestDoc02', description: 'none', content: 'VGhpcyBpcyBhIHRlc3QgZG9j' },
    ]);
    expect(
      ticketDocument.parse({ statusCode: '200', ticketDocumentList: [{ documentId: '1', fileContent: 'QQ==' }] }, { ticketId: '1' }),
    ).toEqual([{ documentId: '1', content: 'QQ==' }]);
  });
});
