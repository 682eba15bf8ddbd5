/**
 * The HTTP surface: GraphQL-over-HTTP conformance (graphql-http's audit),
 * malformed and oversized bodies, readiness when the upstream fails.
 */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let base: string;

beforeAll(async () => {
  stack = await startStack({ env: { MAX_REQUEST_BYTES: '1000000' } });
  base = stack.gateway.graphqlUrl.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await stack.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audit', async () => {
    const results = await auditServer({ url: stack.gateway.graphqlUrl });
    const failedMusts = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(failedMusts).toEqual([]);
    // Apollo Server answers 400 rather than 200 for some errors to application/json-only clients (SHOULD level).
    const warnings = results.filter((r) => r.status === 'warn');
    expect(warnings.length).toBeLessThanOrEqual(3);
  });

  it('answers a malformed JSON body with 400 and a clear error', async () => {
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a body over MAX_REQUEST_BYTES (here 1 MB) with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(stack.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('reports /readyz 503 while the carrier is failing, and ready again after', async () => {
    await stack.control.fault({ operation: 'trunkGroupSearchAssigned', times: 3, httpStatus: 503 });
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', ready: false, reason: 'upstream unavailable' });
    const up = await fetch(`${base}/readyz`);
    expect(up.status).toBe(200);
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
