import { inspect } from 'node:util';
import got from 'got';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OAuth2Authorizer } from '../../src/upstream/auth.js';
import { createCarrierApi, type CarrierClientOptions, type UpstreamCallEvent } from '../../src/upstream/client.js';
import { UpstreamError } from '../../src/upstream/core/errors.js';
import { ok, sendJson, startCannedServer, type CannedServer } from './canned-server.js';
import { INVALID_CREDENTIALS, NO_RESULT_FOUND, TN_ORDER, TN_RESERVE_LIMIT, TRUNK_GROUP_SEARCH_ASSIGNED } from './fixtures/guide-examples.js';

const API_KEY = 'KEY-4f9c2e7d-ck';
const API_SECRET = 'SECRET-b81d77a0-cs';
const PRIVATE_KEY = 'PRIVKEY-Abcd1FghIjK2314mno5pqrX6yzab';

let server: CannedServer;
let events: UpstreamCallEvent[];
let logLines: string[];

beforeEach(async () => {
  server = await startCannedServer();
  events = [];
  logLines = [];
});
afterEach(async () => {
  await server.close();
});

function client(overrides: Partial<CarrierClientOptions> = {}) {
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  return createCarrierApi({
    servicesUrl: server.servicesUrl,
    auth: { mode: 'oauth2', tokenUrl: server.tokenUrl, apiKey: API_KEY, apiSecret: API_SECRET },
    privateKey: PRIVATE_KEY,
    timeoutMs: 2_000,
    readRetries: 2,
    retryBaseDelayMs: 5,
    logger,
    onCall: (e) => events.push(e),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected a rejection');
}

const TRUNK_GROUPS = JSON.parse(TRUNK_GROUP_SEARCH_ASSIGNED) as Record<string, unknown>;

describe('OAuth2', () => {
  it('posts client credentials form-encoded and sends the bearer token', async () => {
    server.onServices = (_req, res) => sendJson(res, TRUNK_GROUPS);
    await expect(client().trunkGroups.listAssigned()).resolves.toEqual(['CHCGIL24CL1_897', 'CHCGIL24CL1_898']);
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
    await Promise.all([api.ping(), api.ping(), api.numbers.listAssigned(), api.orders.notes({ orderId: '1' })]);
    await api.ping();
    await api.numbers.reserve(['2015540010']);
    expect(server.tokenCalls).toHaveLength(1);
    expect(server.calls).toHaveLength(6);
    for (const call of server.calls) expect(call.headers['authorization']).toBe('Bearer only-token-0001');
  });

  it('caps the lifetime of a Long.MAX expires_in at one hour', async () => {
    let now = 1_000_000;
    let n = 0;
    server.onToken = (_req, res) => sendJson(res, { expires_in: 9223372036854775807, access_token: `t${++n}-abcdef` });
    const auth = new OAuth2Authorizer(got, { tokenUrl: server.tokenUrl, apiKey: API_KEY, apiSecret: API_SECRET, timeoutMs: 2000, now: () => now });
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
    const result = await client().numbers.order({ items: [{ tn: '6123453624' }] });
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
    const error = await failure(client().trunkGroups.listAssigned());
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: 'HTTP 401', operation: 'trunkGroupSearchAssigned' });
    expect(server.tokenCalls).toHaveLength(2);
    expect(server.calls).toHaveLength(2);
  });

  it('a numeric 401001 also triggers the refresh; a second one is UNAUTHENTICATED', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid credentials', statusCode: 401001 });
    const error = await failure(client().numbers.listReserved());
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
    expect(await failure(client().ping())).toMatchObject({ kind: 'UNAUTHENTICATED', message: 'Token request refused: Invalid credentials' });
    expect(server.tokenCalls).toHaveLength(1);
    server.onToken = (_req, res) => sendJson(res, { error: 'invalid_client' });
    expect(await failure(client().ping())).toMatchObject({ kind: 'UNAUTHENTICATED' });
    server.onToken = (_req, res) => sendJson(res, { scope: 'default' });
    expect(await failure(client({ readRetries: 0 }).ping())).toMatchObject({ kind: 'UNAVAILABLE', message: 'Token response without access_token' });
    expect(server.calls).toHaveLength(0);
  });

  it('a token endpoint outage is retried even for a write (nothing was sent)', async () => {
    let n = 0;
    server.onToken = (_req, res) => {
      if (++n === 1) return sendJson(res, 'busy', 503);
      sendJson(res, { expires_in: 3600, access_token: 'late-token-1234' });
    };
    server.onServices = (_req, res) => sendJson(res, ok({ orderId: '1026473' }));
    await expect(client().numbers.disconnect(['3123489654'])).resolves.toEqual({ orderId: '1026473', excluded: [] });
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

describe('body', () => {
  it('adds privateKey to every body and posts JSON to ${servicesUrl}/${operation}', async () => {
    server.onServices = (req, res) => {
      if (req.operation === 'orderAddNote') return sendJson(res, { statusCode: 200, status: 'Success', noteId: '29984646' });
      if (req.operation === 'tnReservedList' || req.operation === 'orderNote' || req.operation === 'excludedTnList') {
        return sendJson(res, NO_RESULT_FOUND);
      }
      sendJson(res, ok());
    };
    const api = client({ servicesUrl: `${server.servicesUrl}/` });
    await api.numbers.listReserved();
    await api.numbers.updateNote([{ tn: '3123489652', tnNote: 'Subaccount A' }]);
    await api.orders.cancel({ orderId: '1026470' });
    expect(await api.orders.addNote({ customerOrderReference: 'customerRef12345' }, 'This is a note!')).toBe('29984646');
    await api.orders.notes({ orderId: '1026470' });
    await api.orders.excludedNumbers({ tn: '7278482111' });
    expect(server.calls.map((c) => c.path)).toEqual([
      '/Services/2.0.0/tnReservedList',
      '/Services/2.0.0/tnNoteUpdate',
      '/Services/2.0.0/orderCancel',
      '/Services/2.0.0/orderAddNote',
      '/Services/2.0.0/orderNote',
      '/Services/2.0.0/excludedTnList',
    ]);
    for (const call of server.calls) {
      expect(call.headers['content-type']).toContain('application/json');
      expect(call.json?.['privateKey']).toBe(PRIVATE_KEY);
    }
    expect(server.calls[1]!.json).toEqual({
      privateKey: PRIVATE_KEY,
      tnNote: { tnList: { tnItem: [{ tn: 3123489652, tnNote: 'Subaccount A' }] } },
    });
    expect(server.calls[2]!.json).toEqual({ privateKey: PRIVATE_KEY, orderId: 1026470 });
    expect(server.calls[3]!.json).toEqual({ privateKey: PRIVATE_KEY, customerOrderReference: 'customerRef12345', orderNote: 'This is a note!' });
    expect(server.calls[5]!.json).toEqual({ privateKey: PRIVATE_KEY, tn: '7278482111' });
  });
});

describe('retries', () => {
  it('retries a read on HTTP 503 with backoff', async () => {
    let n = 0;
    server.onServices = (_req, res) => (++n < 3 ? sendJson(res, 'Service Unavailable', 503) : sendJson(res, TRUNK_GROUPS));
    await expect(client().trunkGroups.listAssigned()).resolves.toHaveLength(2);
    expect(server.calls).toHaveLength(3);
    expect(events.map((e) => [e.operation, e.attempt, e.outcome, e.statusCode])).toEqual([
      ['trunkGroupSearchAssigned', 1, 'error', 'HTTP 503'],
      ['trunkGroupSearchAssigned', 2, 'error', 'HTTP 503'],
      ['trunkGroupSearchAssigned', 3, 'success', '200'],
    ]);
  });

  it('retries a read on a dropped connection', async () => {
    let n = 0;
    server.onServices = (_req, res) => {
      if (++n === 1) return res.socket?.destroy();
      sendJson(res, ok({ tnBasicList: { tnBasicItem: [{ tn: 2012512771, tnStatus: 'Pending' }] } }));
    };
    await expect(client().numbers.listAssigned()).resolves.toEqual([{ tn: '2012512771', status: 'PENDING' }]);
    expect(server.calls).toHaveLength(2);
  });

  it('retries a read on HTTP 429 and an envelope 500', async () => {
    let n = 0;
    server.onServices = (_req, res) => {
      n += 1;
      if (n === 1) return sendJson(res, '', 429, { 'retry-after': '0' });
      if (n === 2) return sendJson(res, { status: 'Internal Error', statusCode: '500' });
      sendJson(res, TRUNK_GROUPS);
    };
    await expect(client().ping()).resolves.toBeUndefined();
    expect(server.calls).toHaveLength(3);
  });

  it('gives up after readRetries', async () => {
    server.onServices = (_req, res) => sendJson(res, 'down', 502);
    const error = await failure(client({ readRetries: 1 }).ping());
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', statusCode: 'HTTP 502' });
    expect(server.calls).toHaveLength(2);
  });

  it('never retries a write on 503', async () => {
    server.onServices = (_req, res) => sendJson(res, 'Service Unavailable', 503);
    const error = await failure(client().numbers.order({ items: [{ tn: '6123453622' }] }));
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', operation: 'tnOrder', statusCode: 'HTTP 503' });
    expect(server.calls).toHaveLength(1);
  });

  it('never retries a write on a dropped connection', async () => {
    server.onServices = (_req, res) => res.socket?.destroy();
    const error = await failure(client().numbers.reserve(['2015540010']));
    expect(error.kind).toBe('UNAVAILABLE');
    expect(error.operation).toBe('tnReserve');
    expect(server.calls).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('a read that gets no answer is TIMEOUT (after its retries)', async () => {
    server.onServices = () => {
      /* never answer */
    };
    const error = await failure(client({ timeoutMs: 150, readRetries: 1 }).numbers.listAssigned());
    expect(error).toMatchObject({ kind: 'TIMEOUT', operation: 'tnAssignedList', statusCode: 'ETIMEDOUT' });
    expect(server.calls).toHaveLength(2);
  });

  it('a write that gets no answer is TIMEOUT, not retried', async () => {
    server.onServices = () => {};
    const error = await failure(client({ timeoutMs: 150 }).numbers.disconnect(['3123489654']));
    expect(error).toMatchObject({ kind: 'TIMEOUT', operation: 'tnDisconnect' });
    expect(server.calls).toHaveLength(1);
  });
});

describe('envelope → typed errors', () => {
  const cases: [string, (res: import('node:http').ServerResponse) => void, Partial<UpstreamError>][] = [
    ['430 → NOT_FOUND', (res) => sendJson(res, NO_RESULT_FOUND), { kind: 'NOT_FOUND', statusCode: '430', message: 'No Result Found' }],
    ['414 → REJECTED with the status text', (res) => sendJson(res, { status: 'Fields are Required: orderId', statusCode: '414' }), { kind: 'REJECTED', statusCode: '414', message: 'Fields are Required: orderId' }],
    ['408 → UNAUTHENTICATED', (res) => sendJson(res, { status: 'Private Key cannot be blank', statusCode: '408' }), { kind: 'UNAUTHENTICATED', statusCode: '408' }],
    ['410 → UNAUTHENTICATED', (res) => sendJson(res, { status: 'Private Key is not valid', statusCode: '410' }), { kind: 'UNAUTHENTICATED', statusCode: '410' }],
    // The Swagger's 408s also report field checks ("orderId can not be blank.", /orderDetail).
    ['408 about a field → REJECTED with the status text', (res) => sendJson(res, { status: 'orderId can not be blank.', statusCode: '408' }), { kind: 'REJECTED', statusCode: '408', message: 'orderId can not be blank.' }],
    ['408 "privateKey can not blank." (Swagger) → UNAUTHENTICATED', (res) => sendJson(res, { status: 'privateKey can not blank.', statusCode: '408' }), { kind: 'UNAUTHENTICATED', statusCode: '408' }],
    // 410 "Invalid Order Id" (L10544) on a read of one order is that order not existing, like 430.
    ['410 Invalid Order Id on /orderDetail → NOT_FOUND', (res) => sendJson(res, { status: 'Invalid Order Id', statusCode: '410' }), { kind: 'NOT_FOUND', statusCode: '410', message: 'Invalid Order Id' }],
    ['1403 → UNAUTHENTICATED', (res) => sendJson(res, { status: 'Invalid or missing privateKey parameter', statusCode: 1403 }), { kind: 'UNAUTHENTICATED', statusCode: '1403' }],
    ['HTTP 403 without envelope → UNAUTHENTICATED', (res) => sendJson(res, '<html>Forbidden</html>', 403), { kind: 'UNAUTHENTICATED', statusCode: 'HTTP 403' }],
    ['HTTP 400 with an envelope → the envelope wins', (res) => sendJson(res, { status: 'Request format not recognized (Unrecognized fields in json)', statusCode: '400' }, 400), { kind: 'REJECTED', statusCode: '400' }],
    ['HTTP 404 without envelope → REJECTED', (res) => sendJson(res, 'Not Found', 404), { kind: 'REJECTED', statusCode: 'HTTP 404' }],
    ['HTTP 200 non-JSON → UNAVAILABLE', (res) => sendJson(res, '<html>maintenance</html>', 200), { kind: 'UNAVAILABLE', statusCode: 'HTTP 200' }],
    ['HTTP 200 wrong shape → UNAVAILABLE', (res) => sendJson(res, ok({ orderDetailResponse: 'nope' })), { kind: 'UNAVAILABLE', statusCode: 'BAD_RESPONSE' }],
  ];
  for (const [name, respond, expected] of cases) {
    it(name, async () => {
      server.onServices = (_req, res) => respond(res);
      const error = await failure(client({ readRetries: 0 }).orders.detail({ orderId: '1054832' }));
      expect(error).toMatchObject({ operation: 'orderDetail', ...expected });
    });
  }

  it('431 on /tnReserve → LIMIT_EXCEEDED; HTTP 429 → LIMIT_EXCEEDED', async () => {
    server.onServices = (_req, res) => sendJson(res, TN_RESERVE_LIMIT);
    expect(await failure(client().numbers.reserve(['2015540010']))).toMatchObject({
      kind: 'LIMIT_EXCEEDED',
      statusCode: '431',
      message: 'Request exceeds the maximum number of reserved TNs',
    });
    server.onServices = (_req, res) => sendJson(res, '', 429);
    expect(await failure(client().numbers.release(['2015540010']))).toMatchObject({ kind: 'LIMIT_EXCEEDED', statusCode: 'HTTP 429' });
  });

  it('a body statusCode of 201 is no success: the Swagger\'s /tnRelease "Unable to release tns" → REJECTED', async () => {
    server.onServices = (_req, res) => sendJson(res, { statusCode: '201', status: 'Unable to release tns' });
    expect(await failure(client().numbers.release(['2015540010']))).toMatchObject({
      kind: 'REJECTED',
      statusCode: '201',
      message: 'Unable to release tns',
    });
  });

  it('430 reads that mean "empty" resolve empty; orderDetail stays NOT_FOUND', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'No Results found', statusCode: '430' });
    const api = client();
    await expect(api.numbers.listReserved()).resolves.toEqual([]);
    await expect(api.numbers.detail([{ tnMask: '3123804519' }], { page: 2 })).resolves.toEqual({ items: [], page: 2, totalPages: 0, totalItems: 0 });
    await expect(api.orders.notes({ orderId: '1026470' })).resolves.toEqual([]);
    await expect(api.orders.excludedNumbers({ orderId: '1054832' })).resolves.toEqual([]);
    await expect(api.orders.list({})).resolves.toMatchObject({ items: [], totalItems: 0 });
    await expect(api.ping()).resolves.toBeUndefined();
    expect((await failure(api.orders.detail({ customerOrderReference: 'x' }))).kind).toBe('NOT_FOUND');
  });

  it('410 Invalid Order Id: empty notes and exclusions, a rejected cancel or note', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid Order Id', statusCode: '410' });
    const api = client();
    await expect(api.orders.notes({ orderId: '999' })).resolves.toEqual([]);
    await expect(api.orders.excludedNumbers({ orderId: '999' })).resolves.toEqual([]);
    expect(await failure(api.orders.cancel({ orderId: '999' }))).toMatchObject({ kind: 'REJECTED', statusCode: '410', message: 'Invalid Order Id' });
    expect(await failure(api.orders.addNote({ orderId: '999' }, 'n'))).toMatchObject({ kind: 'REJECTED', statusCode: '410' });
  });

  it('/tnOrder exclusions are read against the TNs as sent, in order', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{1=[TN is on an existing order]}', statusCode: '200', orderId: 'null' });
    const submission = await client().numbers.order({ items: [{ tn: '+1 (612) 345-3622' }, { tn: '6123453623' }] });
    expect(submission).toEqual({ orderId: null, excluded: [{ tn: '6123453623', reason: 'TN is on an existing order' }] });
  });

  it('a write answer whose exclusion names no number of the request is unreadable (UNAVAILABLE), not success', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{10=[TN not available]}', statusCode: '200', orderId: 'null' });
    const error = await failure(client().numbers.order({ items: [{ tn: '6123453622' }, { tn: '6123453623' }] }));
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', operation: 'tnOrder', statusCode: 'BAD_RESPONSE' });
    expect(server.calls).toHaveLength(1);
  });

  it('a /portOutPinUpdate refusal that quotes the PIN comes back with the PIN masked', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{0=[3123489652 PIN 4321x is too weak]}', statusCode: '200' });
    const refused = await client().numbers.updatePortOutPin([{ tn: '3123489652', portOutPin: '4321x' }]);
    expect(refused).toEqual([{ tn: '3123489652', reason: 'PIN [REDACTED] is too weak' }]);
  });

  it('a /portOutPinUpdate refusal of the whole request that quotes the PIN has it masked in the error', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid portOutPin SECRETPIN777 for tn 2013355586', statusCode: '414' });
    const error = await failure(client().numbers.updatePortOutPin([{ tn: '2013355586', portOutPin: 'SECRETPIN777' }]));
    expect(error).toMatchObject({ kind: 'REJECTED', statusCode: '414', message: 'Invalid portOutPin [REDACTED] for tn 2013355586' });
  });

  it('statusCode 200 as a number, and "Success" without statusCode, are success', async () => {
    let n = 0;
    server.onServices = (_req, res) => (++n === 1 ? sendJson(res, { statusCode: 200, status: 'Success' }) : sendJson(res, { status: 'Success' }));
    const api = client();
    await expect(api.orders.cancel({ orderId: '1026470' })).resolves.toBeUndefined();
    await expect(api.numbers.updatePortOutPin([{ tn: '3123489652', portOutPin: 'New PIN 9652' }])).resolves.toEqual([]);
  });
});

describe('secrets', () => {
  const SECRETS = [API_KEY, API_SECRET, PRIVATE_KEY, 'tok-1-a12b34567c89012def34g56789hi0j12', 'tok-2-a12b34567c89012def34g56789hi0j12'];
  const basic = Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64');

  function assertClean(what: unknown) {
    const texts = [
      typeof what === 'string' ? what : JSON.stringify(what),
      inspect(what, { depth: 20, showHidden: true, getters: true }),
      what instanceof Error ? String(what.stack) : '',
    ];
    for (const text of texts) {
      for (const secret of [...SECRETS, basic]) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/authorization/i);
    }
  }

  it('never appear in thrown errors, log lines or call events', async () => {
    const errors: unknown[] = [];
    const collect = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        errors.push(e);
      }
    };
    // Refused twice (refresh + replay), carrier echoing the key, HTTP 500 echoing the body, a drop, a timeout.
    server.onServices = (_req, res) => sendJson(res, INVALID_CREDENTIALS);
    await collect(client().ping());
    server.onServices = (_req, res) => sendJson(res, { status: `Private Key is not valid: ${PRIVATE_KEY}`, statusCode: '410' });
    await collect(client().numbers.order({ items: [{ tn: '6123453622' }] }));
    server.onServices = (req, res) => sendJson(res, `upstream echo ${req.rawBody} ${String(req.headers['authorization'])}`, 500);
    await collect(client({ readRetries: 0 }).numbers.listAssigned());
    server.onServices = (_req, res) => res.socket?.destroy();
    await collect(client().numbers.disconnect(['3123489654']));
    server.onServices = () => {};
    await collect(client({ timeoutMs: 100, readRetries: 0 }).numbers.listAssigned());
    // Token endpoint refusing, echoing the secret.
    server.onToken = (req, res) => sendJson(res, { error: 'invalid_client', error_description: `bad ${req.rawBody}` }, 400);
    await collect(client().ping());
    // Basic.
    server.onServices = (_req, res) => sendJson(res, INVALID_CREDENTIALS);
    await collect(client({ auth: { mode: 'basic', apiKey: API_KEY, apiSecret: API_SECRET } }).ping());

    expect(errors).toHaveLength(7);
    expect((errors as UpstreamError[]).map((e) => e.kind)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAVAILABLE',
      'UNAVAILABLE',
      'TIMEOUT',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(UpstreamError);
      expect((error as Error).cause).toBeUndefined();
      assertClean(error);
    }
    expect((errors[1] as UpstreamError).message).toBe('Private Key is not valid: [REDACTED]');
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) assertClean(line);
    assertClean(events);
  });

  it('a refused token echoed in the statusCode of an HTTP 401 stays out of log lines and call events', async () => {
    // HTTP 401 triggers the refresh-and-replay whatever the body says; the attempt is still reported.
    server.onServices = (req, res) => sendJson(res, { status: 'Unauthorized', statusCode: `refused ${String(req.headers['authorization'])}` }, 401);
    const error = await failure(client({ readRetries: 0 }).ping());
    expect(server.calls).toHaveLength(2);
    expect(events[0]!.statusCode).toBe('refused Bearer [REDACTED]');
    assertClean(error);
    for (const line of logLines) assertClean(line);
    assertClean(events);
  });

  it('logs one debug line per call with operation, duration and statusCode, no bodies', async () => {
    server.onServices = (_req, res) => sendJson(res, TRUNK_GROUPS);
    await client().ping();
    expect(logLines).toHaveLength(1);
    const line = JSON.parse(logLines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 20, operation: 'trunkGroupSearchAssigned', statusCode: '200', outcome: 'success', attempt: 1 });
    expect(typeof line['durationMs']).toBe('number');
    expect(logLines[0]).not.toContain('CHCGIL24CL1_897');
  });

  it('a throwing onCall hook does not break the call', async () => {
    server.onServices = (_req, res) => sendJson(res, TRUNK_GROUPS);
    const api = client({
      onCall: () => {
        throw new Error('hook bug');
      },
    });
    await expect(api.ping()).resolves.toBeUndefined();
  });
});
