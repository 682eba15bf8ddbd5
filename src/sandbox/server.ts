/**
 * HTTP front of the sandbox (node:http, no framework): routing, auth, the Services envelope,
 * latency and fault injection, and the call log.
 *
 *   POST /oauth2/token                      form-encoded client credentials → bearer token
 *   POST /Services/{1.0.0|2.0.0}/<op>       Services operations (the guide's examples use 1.0.0)
 *   GET  /HealthChecker/1.0.0/healthCheck   the health check (its own base path, no privateKey): a domain endpoint
 *   *    /_sandbox/...                      control API (control.ts)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authKind, checkServicesAuth, decodeBasic, invalidCredentialsBody } from './auth.js';
import { handleControl } from './control.js';
import { ENDPOINTS, OPERATIONS } from './domains.js';
import { unknownField } from './request-shape.js';
import { redact, type SandboxRuntime } from './runtime.js';
import { fail, isObject, type Json } from './wire.js';

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const SERVICES_PATH = /^\/Services\/(1\.0\.0|2\.0\.0)\/([A-Za-z0-9]+)\/?$/;

/**
 * HTTP status for the 401001 body. The guide shows the body but no status line for it (L262);
 * everything else it shows is "HTTP/1.1 200 OK". An auth failure is rejected by the API gateway
 * before the service runs, so we answer 401 — clients should key on the body's statusCode anyway.
 */
export const AUTH_FAILURE_HTTP_STATUS = 401;

const OWN_ENDPOINTS = [...ENDPOINTS.values()];

const UNRECOGNIZED = fail('400', 'Request format not recognized (Unrecognized fields in json)');

export function createSandboxServer(rt: SandboxRuntime): Server {
  return createServer((req, res) => {
    route(rt, req, res).catch((err: unknown) => {
      rt.logger?.error({ err: String(err) }, 'sandbox internal error');
      if (!res.headersSent) send(res, 500, fail('500', 'Internal Error'));
      else res.destroy();
    });
  });
}

async function route(rt: SandboxRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const path = url.pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readBody(req);

  if (path.startsWith('/_sandbox/') || path === '/_sandbox') {
    let body: unknown = {};
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { error: 'invalid JSON' });
      }
    }
    rt.sync();
    const out = handleControl(rt, method, path, body);
    return send(res, out.httpStatus, out.body);
  }
  if (path === '/oauth2/token' || path === '/oauth2/token/') return token(rt, req, res, method, raw);
  const endpoint = OWN_ENDPOINTS.find((e) => e.path.test(path));
  if (endpoint) {
    const out = endpoint.handle(rt, req, method);
    if (out === 'drop') return void req.socket.destroy();
    return send(res, out.httpStatus, out.body);
  }

  const m = SERVICES_PATH.exec(path);
  if (!m) return send(res, 404, fail('404', `Resource not found: ${path}`));
  const version = m[1]!;
  const operation = m[2]!;
  const op = OPERATIONS.get(operation);
  const auth = authKind(req.headers.authorization);
  let parsed: unknown;
  try {
    parsed = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    parsed = raw;
  }
  const log = (statusCode: string | null) => rt.record({ operation, version, auth, body: redact(parsed), statusCode });

  if (rt.latencyMs > 0) await new Promise((r) => setTimeout(r, rt.latencyMs));
  const now = rt.sync();

  const fault = rt.takeFault(operation);
  if (fault) {
    if (fault.dropConnection) {
      log(null);
      req.socket.destroy();
      return;
    }
    const httpStatus = fault.httpStatus ?? 200;
    const statusCode = fault.statusCode ?? (httpStatus !== 200 ? String(httpStatus) : '500');
    log(statusCode);
    return send(res, httpStatus, { status: fault.status ?? 'Internal Error', statusCode });
  }

  if (!checkServicesAuth(req.headers.authorization, rt.credentials, rt.tokens, now)) {
    log('401001');
    return send(res, AUTH_FAILURE_HTTP_STATUS, invalidCredentialsBody(now));
  }
  if (!op) {
    log('404');
    return send(res, 404, fail('404', `Operation not supported by the sandbox: ${operation}`));
  }
  if (method !== 'POST') {
    log('405');
    return send(res, 405, fail('405', 'Method not allowed; Services operations are POST'));
  }
  // A malformed body, or one with a field the operation does not declare, is refused before the key
  // is looked at: the carrier fails to parse it (the guide's 400 answer, word for word, /tnE911 L3449, L9691).
  if (!isObject(parsed) || unknownField(op.request, parsed) !== undefined) {
    log(UNRECOGNIZED.statusCode);
    return send(res, 200, UNRECOGNIZED);
  }
  const body: Json = parsed;
  const pk = body['privateKey'];
  // "Response Status Codes" gives 1403 "Invalid or missing privateKey parameter" (L13359); every
  // operation's own status table gives 408 "Private Key cannot be blank." / 410 "Private Key is not
  // valid." (L2097, L2647–L2650). The per-operation tables are followed.
  let reply;
  if (pk === undefined || pk === null || (typeof pk === 'string' && pk.trim() === '')) reply = fail('408', 'Private Key cannot be blank.');
  else if (pk !== rt.credentials.privateKey) reply = fail('410', 'Private Key is not valid.');
  else reply = op.handle({ state: rt.state, now }, body);
  // String(): a few operations answer statusCode as the JSON number the guide shows (/ticketAddNote).
  log(String(reply.statusCode));
  // Errors travel in the body; the HTTP status is 200 as in every example of the guide.
  return send(res, 200, reply);
}

/** POST /oauth2/token (L236–L252): grant_type=client_credentials with client_id/client_secret (form, Basic header or JSON). */
function token(rt: SandboxRuntime, req: IncomingMessage, res: ServerResponse, method: string, raw: string): void {
  const now = rt.sync();
  const ctype = String(req.headers['content-type'] ?? '');
  let fields: Record<string, string> = {};
  if (ctype.includes('application/json')) {
    try {
      const j: unknown = JSON.parse(raw);
      if (isObject(j)) for (const [k, v] of Object.entries(j)) fields[k] = String(v);
    } catch {
      /* falls through to invalid_request */
    }
  } else {
    fields = Object.fromEntries(new URLSearchParams(raw));
  }
  const basic = req.headers.authorization ? decodeBasic(req.headers.authorization) : undefined;
  const clientId = fields['client_id'] ?? basic?.user;
  const clientSecret = fields['client_secret'] ?? basic?.pass;
  const log = (statusCode: string) =>
    rt.record({
      operation: 'oauth2/token',
      version: null,
      auth: authKind(req.headers.authorization),
      body: redact({ ...fields }),
      statusCode,
    });

  const fault = rt.takeFault('oauth2/token');
  if (fault) {
    if (fault.dropConnection) {
      log('dropped');
      req.socket.destroy();
      return;
    }
    const httpStatus = fault.httpStatus ?? 500;
    log(fault.statusCode ?? String(httpStatus));
    return send(res, httpStatus, { error: 'server_error', error_description: fault.status ?? 'Internal Error' });
  }
  // OAuth2 error shapes (RFC 6749 §5.2), as the WSO2-style token endpoint answers.
  if (method !== 'POST') {
    log('405');
    return send(res, 405, { error: 'invalid_request', error_description: 'POST required' });
  }
  if (fields['grant_type'] !== 'client_credentials') {
    log('400');
    return send(res, 400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
  }
  if (clientId !== rt.credentials.apiKey || clientSecret !== rt.credentials.apiSecret) {
    log('401');
    return send(res, 401, { error: 'invalid_client', error_description: 'Client Authentication failed.' });
  }
  const { token: accessToken, expiresIn } = rt.tokens.issue(now);
  log('200');
  send(res, 200, { scope: 'am_application_scope default', token_type: 'bearer', expires_in: expiresIn, access_token: accessToken });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
