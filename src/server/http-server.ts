/**
 * The one HTTP server: GraphQL at /graphql (GraphiQL for browsers on GET),
 * GraphiQL's local assets, /healthz and /readyz. Everything else is 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { BodyTooLargeError, handleGraphQL } from './apollo-bridge.js';
import { serveDocument, type DocumentSource } from './documents.js';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql.js';
import type { ReadinessReport } from './health.js';

export const GRAPHQL_PATH = '/graphql';

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Called once per GraphQL request: fresh loaders every time. */
  createContext: () => Promise<TContext>;
  readiness: () => Promise<ReadinessReport>;
  logger: Logger;
  maxBodyBytes?: number;
  /** Documents downloadable at /documents/… (see documents.ts). */
  documents?: DocumentSource;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A browser navigating to /graphql gets GraphiQL; API clients get GraphQL over HTTP. */
function wantsGraphiQL(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

export function createHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Server {
  const { apollo, createContext, readiness, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A browser opening the bare host lands on GraphiQL.
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      res.end();
      return;
    }
    if (url.pathname === GRAPHQL_PATH) {
      if (wantsGraphiQL(req, url)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(graphiqlPage(GRAPHQL_PATH));
        return;
      }
      await handleGraphQL(apollo, req, res, createContext, maxBodyBytes);
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) {
      const asset = graphiqlAsset(url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (asset) {
        res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
        res.end(asset.body);
        return;
      }
    }
    if (await serveDocument(options.documents, req, res, url)) return;
    if (req.method === 'GET' && url.pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/readyz') {
      const report = await readiness();
      sendJson(res, report.ready ? 200 : 503, report);
      return;
    }
    sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is still on the wire: answer, then close the
        // connection instead of leaving a half-read request on a kept-alive socket.
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
        sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      logger.error({ err: error, path: req.url }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}
