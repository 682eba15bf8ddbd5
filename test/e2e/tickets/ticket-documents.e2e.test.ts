/**
 * End-to-end: documents on tickets (/ticketAddDocument, /ticketDocument) and their HTTP download.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const ADD = `mutation($input: AddTicketDocumentInput!) { addTicketDocument(input: $input) {
  userErrors { path code message } document { id name mimeType size downloadPath }
} }`;

const downloadUrl = (path: string) => new URL(path, stack.gateway.graphqlUrl).toString();

describe('ticket documents', () => {
  it('attach a screenshot, list it without its content, then download it in a browser', async () => {
    await stack.control.clearCalls();
    const added = ok(
      await stack.gql(ADD, {
        input: { ticketId: '65843', name: 'screenshot', mimeType: 'image/png', contentBase64: PNG, description: 'Fast busy' },
      }),
    ).addTicketDocument;
    expect(added.userErrors).toEqual([]);
    const id = added.document.id as string;
    expect(added.document).toEqual({
      id: expect.stringMatching(/^\d+$/),
      // The MIME type travels in the name's extension: the carrier keeps none.
      name: 'screenshot.png',
      mimeType: 'image/png',
      size: Buffer.from(PNG, 'base64').length,
      downloadPath: `/documents/tickets/65843/${id}`,
    });
    expect((await stack.control.servicesCalls('ticketAddDocument'))[0]!.body).toMatchObject({
      isPublic: 'false',
      documentName: 'screenshot.png',
    });

    const listed = ok(await stack.gql(`{ tickets { nodes { id: ticketNumber documents { id name } } } }`)).tickets.nodes;
    expect(listed.find((t: { id: string }) => t.id === '65843').documents).toEqual([{ id, name: 'screenshot.png' }]);
    const withContent = ok(await stack.gql(`{ ticket(id: "65843") { documents { content } } }`)).ticket.documents;
    expect(withContent).toEqual([{ content: PNG }]);

    await stack.control.clearCalls();
    const res = await fetch(downloadUrl(added.document.downloadPath));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="screenshot.png"; filename*=UTF-8''screenshot.png`);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true);
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['ticketDocument']);

    const missing = await fetch(downloadUrl(`/documents/tickets/65843/1`));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errors: [{ message: 'No document 1 on ticket 65843.', extensions: { code: 'NOT_FOUND' } }] });

    // A ticket's global id is not a path key: the answer says what is.
    await stack.control.clearCalls();
    const miskeyed = await fetch(downloadUrl(`/documents/tickets/VGlja2V0OjY1ODQz/${id}`));
    expect(miskeyed.status).toBe(404);
    expect(((await miskeyed.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/ticket number.*downloadPath/);
    expect(await stack.control.servicesCalls()).toEqual([]);
  });

  it('a list of tickets asking for documents costs one call per ticket', async () => {
    await stack.control.clearCalls();
    ok(await stack.gql(`{ tickets { nodes { documents { id } } } again: tickets { nodes { documents { name } } } }`));
    const calls = await stack.control.servicesCalls('ticketDocument');
    expect(calls.map((c) => c.body!['troubleTicketId']).sort()).toEqual(['432789', '65843', '65869']);
  });

  it('bad base64 or an over-limit size is refused before any call', async () => {
    const bad = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(ADD, { input: { ticketId: '65843', name: 'x.png', mimeType: 'image/png', contentBase64: 'not base64!' } }),
      ),
    ).addTicketDocument;
    expect(bad.userErrors).toEqual([
      { path: ['input', 'contentBase64'], code: 'INVALID', message: expect.stringMatching(/not valid base64/) },
    ]);
    const big = Buffer.alloc(2 * 1024 * 1024 + 1).toString('base64');
    const tooBig = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(ADD, { input: { ticketId: '65843', name: 'big.bin', mimeType: 'nonsense', contentBase64: big } }),
      ),
    ).addTicketDocument;
    expect(tooBig.userErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code])).toEqual([
      ['input.contentBase64', 'TOO_LONG'],
      ['input.mimeType', 'INVALID'],
    ]);
  });
});
