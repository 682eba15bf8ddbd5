import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/core/errors.js';
import { sendJson } from '../canned-server.js';
import { INVALID_CREDENTIALS } from '../fixtures/guide-examples.js';
import {
  API_KEY,
  API_SECRET,
  PRIVATE_KEY,
  server,
  events,
  logLines,
  client,
  failure,
  TRUNK_GROUPS,
  useCannedCarrier,
} from './carrier-harness.js';

useCannedCarrier();

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
    await collect(client().numbers.tnOrder({ items: [{ tn: '6123453622' }] }));
    server.onServices = (req, res) => sendJson(res, `upstream echo ${req.rawBody} ${String(req.headers['authorization'])}`, 500);
    await collect(client({ readRetries: 0 }).numbers.tnAssignedList());
    server.onServices = (_req, res) => res.socket?.destroy();
    await collect(client().numbers.tnDisconnect({ tns: ['3123489654'] }));
    server.onServices = () => {};
    await collect(client({ timeoutMs: 100, readRetries: 0 }).numbers.tnAssignedList());
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
    server.onServices = (req, res) =>
      sendJson(res, { status: 'Unauthorized', statusCode: `refused ${String(req.headers['authorization'])}` }, 401);
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
