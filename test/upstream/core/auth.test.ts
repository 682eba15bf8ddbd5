import got from 'got';
import { describe, expect, it } from 'vitest';
import { OAuth2Authorizer } from '../../../src/upstream/core/auth.js';
import { ok, sendJson } from '../canned-server.js';
import { INVALID_CREDENTIALS, TN_ORDER } from '../fixtures/guide-examples.js';
import { API_KEY, API_SECRET, server, events, client, failure, TRUNK_GROUPS, useCannedCarrier } from './carrier-harness.js';

useCannedCarrier();

describe('OAuth2', () => {
  it('posts client credentials form-encoded and sends the bearer token', async () => {
    server.onServices = (_req, res) => sendJson(res, TRUNK_GROUPS);
    await expect(client().trunkGroups.trunkGroupSearchAssigned()).resolves.toEqual(['CHCGIL24CL1_897', 'CHCGIL24CL1_898']);
    expect(server.tokenCalls).toHaveLength(1);
    const form = server.tokenCalls[0]!.form!;
    expect(server.tokenCalls[0]!.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(form)).toEqual({ client_id: API_KEY, client_secret: API_SECRET, grant_type: 'client_credentials' });
    expect(server.calls[0]!.path).toBe('/Services/2.0.0/trunkGroupSearchAssigned');
    expect(server.calls[0]!.headers['authorization']).toBe('Bearer tok-1-a12b34567c89012def34g56789hi0j12');
  });

  it('caches the token across calls and fetches it once for concurrent calls', async () => {
    server.onToken = (_req, res) => {
      setTimeout(() => sendJson(res, { token_type: 'bearer', expires_in: 9223372036854775807, access_token: 'only-token-0001' }), 50);
    };
    const api = client();
    await Promise.all([api.ping(), api.ping(), api.numbers.tnAssignedList(), api.orders.orderNote({ orderId: '1' })]);
    await api.ping();
    await api.numbers.tnReserve({ tns: ['2015540010'] });
    expect(server.tokenCalls).toHaveLength(1);
    expect(server.calls).toHaveLength(6);
    for (const call of server.calls) expect(call.headers['authorization']).toBe('Bearer only-token-0001');
  });

  it('caps the lifetime of a Long.MAX expires_in at one hour', async () => {
    let now = 1_000_000;
    let n = 0;
    server.onToken = (_req, res) => sendJson(res, { expires_in: 9223372036854775807, access_token: `t${++n}-abcdef` });
    const auth = new OAuth2Authorizer(got, {
      tokenUrl: server.tokenUrl,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
      timeoutMs: 2000,
      now: () => now,
    });
    expect(await auth.header()).toBe('Bearer t1-abcdef');
    now += 50 * 60 * 1000;
    expect(await auth.header()).toBe('Bearer t1-abcdef');
    now += 10 * 60 * 1000; // one hour later
    expect(await auth.header()).toBe('Bearer t2-abcdef');
    expect(server.tokenCalls).toHaveLength(2);
  });

  it('refreshes the token and replays once on a 401001 body (even for a write)', async () => {
    server.onServices = (req, res) => {
      if (req.headers['authorization'] === 'Bearer tok-1-a12b34567c89012def34g56789hi0j12') return sendJson(res, INVALID_CREDENTIALS);
      sendJson(res, TN_ORDER);
    };
    const result = await client().numbers.tnOrder({ items: [{ tn: '6123453624' }] });
    expect(result).toEqual({ orderId: null, excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }] });
    expect(server.tokenCalls).toHaveLength(2);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.headers['authorization']).toBe('Bearer tok-2-a12b34567c89012def34g56789hi0j12');
    expect(events.map((e) => [e.attempt, e.outcome, e.statusCode])).toEqual([
      [1, 'error', '401001'],
      [2, 'success', '200'],
    ]);
  });

  it('refreshes and replays once on HTTP 401, then gives up', async () => {
    server.onServices = (_req, res) => {
      res.writeHead(401);
      res.end();
    };
    const error = await failure(client().trunkGroups.trunkGroupSearchAssigned());
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: 'HTTP 401', operation: 'trunkGroupSearchAssigned' });
    expect(server.tokenCalls).toHaveLength(2);
    expect(server.calls).toHaveLength(2);
  });

  it('a numeric 401001 also triggers the refresh; a second one is UNAUTHENTICATED', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid credentials', statusCode: 401001 });
    const error = await failure(client().numbers.tnReservedList());
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: '401001', message: 'Invalid credentials' });
    expect(server.calls).toHaveLength(2);
  });

  it('a refused token request is UNAUTHENTICATED and not retried', async () => {
    server.onToken = (_req, res) => sendJson(res, { error: 'invalid_client', error_description: 'Client authentication failed' }, 401);
    const error = await failure(client().ping());
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: 'HTTP 401' });
    expect(server.tokenCalls).toHaveLength(1);
    expect(server.calls).toHaveLength(0);
  });

  it('a token endpoint answering HTTP 200 with the 401001 envelope or an OAuth2 error is UNAUTHENTICATED, not retried', async () => {
    server.onToken = (_req, res) => sendJson(res, INVALID_CREDENTIALS);
    expect(await failure(client().ping())).toMatchObject({
      kind: 'UNAUTHENTICATED',
      message: 'Token request refused: Invalid credentials',
    });
    expect(server.tokenCalls).toHaveLength(1);
    server.onToken = (_req, res) => sendJson(res, { error: 'invalid_client' });
    expect(await failure(client().ping())).toMatchObject({ kind: 'UNAUTHENTICATED' });
    server.onToken = (_req, res) => sendJson(res, { scope: 'default' });
    expect(await failure(client({ readRetries: 0 }).ping())).toMatchObject({
      kind: 'UNAVAILABLE',
      message: 'Token response without access_token',
    });
    expect(server.calls).toHaveLength(0);
  });

  it('a token endpoint outage is retried even for a write (nothing was sent)', async () => {
    let n = 0;
    server.onToken = (_req, res) => {
      if (++n === 1) return sendJson(res, 'busy', 503);
      sendJson(res, { expires_in: 3600, access_token: 'late-token-1234' });
    };
    server.onServices = (_req, res) => sendJson(res, ok({ orderId: '1026473' }));
    await expect(client().numbers.tnDisconnect({ tns: ['3123489654'] })).resolves.toEqual({ orderId: '1026473', excluded: [] });
    expect(server.tokenCalls).toHaveLength(2);
    expect(server.calls).toHaveLength(1);
  });
});

describe('Basic', () => {
  it('sends Authorization: Basic base64(key:secret) and fetches no token', async () => {
    server.onServices = (_req, res) => sendJson(res, TRUNK_GROUPS);
    const api = client({ auth: { mode: 'basic', apiKey: API_KEY, apiSecret: API_SECRET } });
    await api.ping();
    await api.ping();
    expect(server.tokenCalls).toHaveLength(0);
    const expected = `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`;
    for (const call of server.calls) expect(call.headers['authorization']).toBe(expected);
  });

  it('does not replay on 401001 (nothing to refresh)', async () => {
    server.onServices = (_req, res) => sendJson(res, INVALID_CREDENTIALS);
    const api = client({ auth: { mode: 'basic', apiKey: API_KEY, apiSecret: API_SECRET } });
    expect(await failure(api.ping())).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: '401001' });
    expect(server.calls).toHaveLength(1);
  });
});
