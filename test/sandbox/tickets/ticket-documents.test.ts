import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

describe('ticketAddDocument and ticketDocument', () => {
  it("attaches the guide's example document (id a number) and lists it with the content under documentLocator", async () => {
    const added = await h.call('ticketAddDocument', {
      troubleTicketId: 65843,
      documentName: 'TestDoc02',
      fileContent: 'VGhpcyBpcyBhIHRlc3QgZG9j',
      isPublic: 'true',
    });
    expect(added).toEqual({
      status: 'Success',
      statusCode: '200',
      lastModifiedString: expect.stringMatching(/^\d{23}[+-]\d{4}$/),
      troubleTicketDocumentId: expect.any(Number),
    });
    expect(await h.call('ticketDocument', { troubleTicketId: 65843 })).toEqual({
      status: 'Success',
      statusCode: '200',
      ticketDocumentList: [
        {
          documentId: added.troubleTicketDocumentId,
          documentName: 'TestDoc02',
          documentDescription: 'none',
          documentLocator: 'VGhpcyBpcyBhIHRlc3QgZG9j',
        },
      ],
    });
  });

  it('answers 414 for missing fields, 409 for bad base64 or isPublic, 430 for an unknown ticket or none attached, 400 for unknown fields', async () => {
    expect(await h.call('ticketAddDocument', { troubleTicketId: 65843, isPublic: 'true' })).toEqual({
      status: 'Fields are Required: fileContent',
      statusCode: '414',
    });
    expect(await h.call('ticketAddDocument', { troubleTicketId: 65843, fileContent: 'not base64!', isPublic: 'true' })).toEqual({
      status: 'Invalid Input Parameters: fileContent',
      statusCode: '409',
    });
    expect(await h.call('ticketAddDocument', { troubleTicketId: 65843, fileContent: 'QQ==', isPublic: 'maybe' })).toEqual({
      status: 'Invalid Input Parameters: isPublic',
      statusCode: '409',
    });
    expect(await h.call('ticketAddDocument', { troubleTicketId: 1, fileContent: 'QQ==', isPublic: false })).toEqual({
      status: 'No Result Found',
      statusCode: '430',
    });
    expect(await h.call('ticketDocument', { troubleTicketId: 65843 })).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await h.call('ticketDocument', {})).toEqual({ status: 'Fields are Required: troubleTicketId', statusCode: '414' });
    await expectUnrecognized(h, 'ticketAddDocument', { troubleTicketId: 65843, fileContent: 'QQ==', isPublic: 'true', mimeType: 'x/y' });
    await expectUnrecognized(h, 'ticketDocument', { troubleTicketId: 65843, documentId: 1 });
  });
});
