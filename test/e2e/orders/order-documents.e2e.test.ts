/**
 * End-to-end: documents on orders (/orderAddDocument, /orderDocument) and their HTTP download.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

const PDF = Buffer.from('%PDF-1.4\n% letter of authorisation\n').toString('base64');
const ADD = `mutation($input: AddOrderDocumentInput!) { addOrderDocument(input: $input) {
  userErrors { path code message } document { id name description mimeType size downloadPath }
} }`;
const downloadUrl = (path: string) => new URL(path, stack.gateway.graphqlUrl).toString();

async function someOrderIds(n: number): Promise<string[]> {
  return ok(await stack.gql(`query($n: Int!) { orders(first: $n) { nodes { id } } }`, { n })).orders.nodes.map((o: { id: string }) => o.id);
}

describe('order documents', () => {
  it('attach a letter of authorisation, list it without its content, then download it', async () => {
    const [orderId] = await someOrderIds(1);
    await stack.control.clearCalls();
    const added = ok(
      await stack.gql(ADD, { input: { orderId, name: 'loa', mimeType: 'application/pdf', contentBase64: PDF, description: 'LOA' } }),
    ).addOrderDocument;
    expect(added.userErrors).toEqual([]);
    const id = added.document.id as string;
    expect(added.document).toEqual({
      id: expect.stringMatching(/^\d+$/),
      name: 'loa.pdf',
      description: 'LOA',
      mimeType: 'application/pdf',
      size: Buffer.from(PDF, 'base64').length,
      downloadPath: `/documents/orders/${orderId}/${id}`,
    });
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderAddDocument', 'orderDocument']);
    expect((await stack.control.servicesCalls('orderAddDocument'))[0]!.body).toMatchObject({
      orderId: Number(orderId),
      documentName: 'loa.pdf',
      documentDescription: 'LOA',
      fileContent: PDF,
    });

    const listed = ok(await stack.gql(`query($id: ID!) { order(id: $id) { documents { id name content } } }`, { id: orderId })).order;
    expect(listed.documents).toEqual([{ id, name: 'loa.pdf', content: PDF }]);

    await stack.control.clearCalls();
    const res = await fetch(downloadUrl(added.document.downloadPath));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="loa.pdf"; filename*=UTF-8''loa.pdf`);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PDF, 'base64'))).toBe(true);
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderDocument']);
    const missing = await fetch(downloadUrl(`/documents/orders/${orderId}/1`));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      errors: [{ message: `No document 1 on order ${orderId}.`, extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('a list of orders asking for documents costs one call per order, de-duplicated', async () => {
    const ids = await someOrderIds(5);
    await stack.control.clearCalls();
    ok(await stack.gql(`{ orders(first: 5) { nodes { documents { id } } } again: orders(first: 5) { nodes { documents { name } } } }`));
    const calls = await stack.control.servicesCalls('orderDocument');
    expect(calls.map((c) => String(c.body!['orderId'])).sort()).toEqual([...ids].sort());
  });

  it('bad base64, a bad MIME type or an unknown order are userErrors; input problems cost no call', async () => {
    const [orderId] = await someOrderIds(1);
    const bad = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(ADD, { input: { orderId, name: 'x', mimeType: 'nonsense', contentBase64: 'not base64!' } }),
      ),
    ).addOrderDocument;
    expect(bad.userErrors.map((e: { path: string[] }) => e.path)).toEqual([
      ['input', 'contentBase64'],
      ['input', 'mimeType'],
    ]);
    const unknown = ok(
      await stack.gql(ADD, { input: { orderId: '1', name: 'x.pdf', mimeType: 'application/pdf', contentBase64: PDF } }),
    ).addOrderDocument;
    expect(unknown).toEqual({
      document: null,
      userErrors: [{ path: ['input', 'orderId'], code: 'NOT_FOUND', message: 'No such order: 1.' }],
    });
  });
});
