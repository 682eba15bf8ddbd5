/**
 * A proxy in front of the sandbox that answers in the guide's *other*
 * documented variants, so the gateway is tested against a second reading of
 * the carrier without a second emulator:
 *
 * - `statusCode` as a JSON number (the /orderList, /orderAddNote, /orderNote
 *   examples) instead of a string;
 * - `tn` flipped between number and string everywhere (the guide and the
 *   vendor Swagger disagree per operation), `orderId` as a number;
 * - page counters as numbers instead of strings;
 * - the token's `expires_in` as Long.MAX, as the guide's token example shows;
 * - errors with an HTTP 4xx/5xx status instead of HTTP 200 (other
 *   deployments do), the envelope unchanged;
 * - /tnDetail pages of at most 25 items whatever size is asked, so batches
 *   must be read across pages.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const VARIANT_MAX_DETAIL_PAGE = 25;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Rewrites every `tn`/`telephoneNumber` value to the other JSON type, and orderIds to numbers. */
function reshape(value: Json, key = ''): Json {
  if (Array.isArray(value)) return value.map((v) => reshape(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reshape(v, k)]));
  }
  if (key === 'tn' || key === 'telephoneNumber') {
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string' && /^\d{10}$/.test(value)) return Number(value);
  }
  if (key === 'orderId' && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if ((key === 'page' || key === 'totalPages' || key === 'totalItems') && typeof value === 'string' && /^\d+$/.test(value))
    return Number(value);
  return value;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function capDetailPage(operation: string, raw: string): string {
  if (operation !== 'tnDetail' || !raw) return raw;
  const request = JSON.parse(raw) as { pageSort?: { size?: number } };
  request.pageSort = { ...request.pageSort, size: Math.min(request.pageSort?.size ?? VARIANT_MAX_DETAIL_PAGE, VARIANT_MAX_DETAIL_PAGE) };
  return JSON.stringify(request);
}

export interface VariantCarrier {
  servicesUrl: string;
  tokenUrl: string;
  close(): Promise<void>;
}

export async function startVariantCarrier(sandboxUrl: string): Promise<VariantCarrier> {
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const operation = path.split('/').pop() ?? '';
    const forwarded = await fetch(`${sandboxUrl}${path}`, {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)),
      ) as Record<string, string>,
      body: req.method === 'POST' ? capDetailPage(operation, await body(req)) : undefined,
    });
    const text = await forwarded.text();
    let answer: Json;
    try {
      answer = JSON.parse(text) as Json;
    } catch {
      res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'text/plain' });
      res.end(text);
      return;
    }
    let status = forwarded.status;
    if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
      if (path.endsWith('/oauth2/token') && 'expires_in' in answer) answer.expires_in = 9223372036854775807;
      if (typeof answer.statusCode === 'string' && /^\d+$/.test(answer.statusCode)) {
        const code = Number(answer.statusCode);
        answer.statusCode = code;
        if (status === 200 && code >= 400 && code < 600) status = code;
      }
      answer = reshape(answer);
    }
    // Long.MAX must reach the client as written in the guide, not rounded by JSON.stringify.
    const serialized = JSON.stringify(answer).replace('"expires_in":9223372036854776000', '"expires_in":9223372036854775807');
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(serialized);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    servicesUrl: `${url}/Services/1.0.0`,
    tokenUrl: `${url}/oauth2/token`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
