/**
 * A tiny node:http server for transport tests: it plays the token endpoint
 * and canned Services answers, and records every request. Not an emulator of
 * the carrier — each test scripts the answers it needs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  path: string;
  operation: string;
  headers: IncomingMessage['headers'];
  rawBody: string;
  json: Record<string, unknown> | undefined;
  form: URLSearchParams | undefined;
}

export type Responder = (req: Recorded, res: ServerResponse) => void;

export interface CannedServer {
  url: string;
  servicesUrl: string;
  tokenUrl: string;
  /** Services requests, in arrival order. */
  calls: Recorded[];
  /** Token requests, in arrival order. */
  tokenCalls: Recorded[];
  onServices: Responder;
  onToken: Responder;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

export const ok = (extra: Record<string, unknown> = {}) => ({ status: 'Success', statusCode: '200', ...extra });

export async function startCannedServer(): Promise<CannedServer> {
  const sockets = new Set<Socket>();
  let tokenCounter = 0;
  const state: Omit<CannedServer, 'url' | 'servicesUrl' | 'tokenUrl' | 'close'> = {
    calls: [],
    tokenCalls: [],
    onServices: (_req, res) => sendJson(res, ok()),
    onToken: (_req, res) => {
      tokenCounter += 1;
      sendJson(res, {
        scope: 'am_application_scope default',
        token_type: 'bearer',
        expires_in: 3600,
        access_token: `tok-${tokenCounter}-a12b34567c89012def34g56789hi0j12`,
      });
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '';
      const contentType = String(req.headers['content-type'] ?? '');
      let json: Record<string, unknown> | undefined;
      let form: URLSearchParams | undefined;
      if (contentType.includes('json')) {
        try {
          json = JSON.parse(rawBody) as Record<string, unknown>;
        } catch {
          json = undefined;
        }
      } else if (contentType.includes('x-www-form-urlencoded')) {
        form = new URLSearchParams(rawBody);
      }
      const recorded: Recorded = { path, operation: path.split('/').pop() ?? '', headers: req.headers, rawBody, json, form };
      if (path.startsWith('/oauth2/token')) {
        state.tokenCalls.push(recorded);
        state.onToken(recorded, res);
      } else {
        state.calls.push(recorded);
        state.onServices(recorded, res);
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(state, {
    url,
    servicesUrl: `${url}/Services/2.0.0`,
    tokenUrl: `${url}/oauth2/token`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
