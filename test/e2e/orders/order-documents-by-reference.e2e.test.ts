/**
 * End-to-end: addOrderDocument naming the order by customerOrderReference, which /orderAddDocument
 * takes as is (L10437): sent without a resolving read. Exactly one of orderId and
 * customerOrderReference is checked before any call.
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

const PDF = Buffer.from('%PDF-1.4\n% letter of authorisation\n').toString('base64');
const ADD = `mutation($input: AddOrderDocumentInput!) { addOrderDocument(input: $input) {
  userErrors { path code message } document { id name downloadPath }
} }`;
const ADD_BARE = `mutation($input: AddOrderDocumentInput!) { addOrderDocument(input: $input) { userErrors { path code message } } }`;
const doc = { name: 'loa.pdf', mimeType: 'application/pdf', contentBase64: PDF };

async function openPortOut(tns: string[], customerOrderReference: string): Promise<string> {
  const res = await fetch(`${stack.control.url}/_sandbox/port-outs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tns, customerOrderReference }),
  });
  return String(((await res.json()) as { orderId: number }).orderId);
}

describe('addOrderDocument by customerOrderReference', () => {
  it('sends the reference as the guide does: one write, and the document read back from the order the carrier names', async () => {
    const orderId = await openPortOut(['3123489651'], 'GAINLOA1');
    await stack.control.clearCalls();
    const bare = ok(await stack.gql(ADD_BARE, { input: { customerOrderReference: 'GAINLOA1', ...doc } })).addOrderDocument;
    expect(bare.userErrors).toEqual([]);
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.operation)).toEqual(['orderAddDocument']);
    expect(calls[0]!.body).toMatchObject({ customerOrderReference: 'GAINLOA1', documentName: 'loa.pdf', fileContent: PDF });
    expect(calls[0]!.body).not.toHaveProperty('orderId');

    await stack.control.clearCalls();
    const added = ok(await stack.gql(ADD, { input: { customerOrderReference: 'GAINLOA1', ...doc } })).addOrderDocument;
    expect(added.document).toEqual({
      id: expect.stringMatching(/^\d+$/),
      name: 'loa.pdf',
      downloadPath: `/documents/orders/${orderId}/${added.document.id}`,
    });
    // The write, then the order the reference names (its detail) and that order's documents.
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderAddDocument', 'orderDetail', 'orderDocument']);
    const listed = ok(await stack.gql(`query($id: ID!) { order(id: $id) { documents { name } } }`, { id: orderId })).order;
    expect(listed.documents).toEqual([{ name: 'loa.pdf' }, { name: 'loa.pdf' }]);
  });

  it('exactly one of orderId and customerOrderReference, in their formats, before any call; an unknown reference is NOT_FOUND', async () => {
    const refused = async (input: Record<string, unknown>) =>
      ok(await withoutUpstreamCalls(stack, () => stack.gql(ADD_BARE, { input: { ...doc, ...input } }))).addOrderDocument.userErrors;
    expect(await refused({})).toEqual([
      {
        path: ['input', 'orderId'],
        code: 'REQUIRED',
        message: 'Give exactly one of orderId or customerOrderReference: neither was given.',
      },
    ]);
    expect(await refused({ orderId: '1', customerOrderReference: 'X' })).toEqual([
      {
        path: ['input', 'customerOrderReference'],
        code: 'CONFLICT',
        message: 'Give exactly one of orderId or customerOrderReference: not both.',
      },
    ]);
    expect(await refused({ customerOrderReference: 'x'.repeat(51) })).toEqual([
      { path: ['input', 'customerOrderReference'], code: expect.any(String), message: expect.stringMatching(/50/) },
    ]);
    await stack.control.clearCalls();
    const unknown = ok(await stack.gql(ADD_BARE, { input: { customerOrderReference: 'NOSUCHREF', ...doc } })).addOrderDocument;
    expect(unknown.userErrors).toEqual([
      { path: ['input', 'customerOrderReference'], code: 'NOT_FOUND', message: 'No such order: customerOrderReference NOSUCHREF.' },
    ]);
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderAddDocument']);
  });
});
