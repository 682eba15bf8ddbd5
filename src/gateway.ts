/**
 * The composition root: config in, a listening gateway out. main.ts calls it
 * for `npm start`; tests and the benchmark call it with their own config.
 *
 * With the sandbox upstream, the emulator starts in-process on a free local
 * port and the gateway talks to it over real HTTP, exactly as it would to the
 * carrier: nothing is short-circuited.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { createReadCache } from './cache/read-cache.js';
import { ConfigError, type GatewayConfig } from './config.js';
import { createGatewayContext, type GatewayContext, type GatewayDeps } from './graph/context.js';
import { formatError } from './graph/common/errors.js';
import { buildGatewaySchema } from './graph/schema.js';
import type { Logger } from './logger.js';
import { startSandbox, type RunningSandbox } from './sandbox/index.js';
import { checkReadiness } from './server/health.js';
import { orderDocumentFile } from './graph/orders/order-documents.resolver.js';
import { ticketDocumentFile } from './graph/tickets/ticket-documents.resolver.js';
import { createHttpServer, GRAPHQL_PATH } from './server/http-server.js';
import { operationLogging } from './server/operation-logging.js';
import { createCarrierApi, type CarrierClientOptions } from './upstream/client.js';

export interface RunningGateway {
  /** e.g. http://127.0.0.1:4000/graphql */
  graphqlUrl: string;
  port: number;
  upstream: 'sandbox' | 'carrier';
  /** Present when the gateway started its own sandbox. */
  sandbox?: RunningSandbox;
  close(): Promise<void>;
}

async function upstreamClientOptions(config: GatewayConfig, logger: Logger) {
  if (config.upstream.kind === 'carrier') {
    const { servicesUrl, auth, privateKey } = config.upstream;
    return { sandbox: undefined, options: { servicesUrl, auth, privateKey } };
  }
  const port = config.upstream.port;
  const sandbox = await startSandbox({
    seed: config.upstream.seed,
    port,
    clock: 'real',
    logger: logger.child({ component: 'sandbox' }),
  }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(`SANDBOX_PORT ${port} is already in use; set SANDBOX_PORT to another port, or unset it for any free port`);
    }
    throw error;
  });
  const { apiKey, apiSecret, privateKey } = sandbox.credentials;
  return {
    sandbox,
    options: {
      servicesUrl: sandbox.servicesUrl,
      privateKey,
      auth: { mode: 'oauth2' as const, tokenUrl: sandbox.tokenUrl, apiKey, apiSecret },
    },
  };
}

export interface GatewayOverrides {
  /** Per-entity read-cache TTLs; 0 turns caching off (the benchmark's cold runs). */
  cacheTtlMs?: GatewayDeps['cacheTtlMs'];
}

export async function startGateway(config: GatewayConfig, logger: Logger, overrides: GatewayOverrides = {}): Promise<RunningGateway> {
  const { sandbox, options } = await upstreamClientOptions(config, logger);
  const upstream = sandbox ? 'sandbox' : 'carrier';
  const clientOptions: CarrierClientOptions = {
    ...options,
    timeoutMs: config.upstreamTimeoutMs,
    logger: logger.child({ component: 'upstream' }),
  };
  const api = createCarrierApi(clientOptions);
  const cache = await createReadCache(config.cacheUrl);

  const schema = await buildGatewaySchema();
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    formatError,
    introspection: true,
    logger: logger.child({ component: 'apollo' }),
    // GraphiQL is served by our own route; Apollo's landing page needs a CDN.
    // Inline tracing is declared rather than left to Apollo's subgraph detection, which announces it
    // on every start ("Enabling inline tracing…"); it only traces requests a federation router marks.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTrace(),
      operationLogging(logger.child({ component: 'graphql' })),
    ],
  });
  await apollo.start();

  const requestLogger = logger.child({ component: 'resolvers' });
  const createContext = async () =>
    createGatewayContext({
      api,
      cache,
      logger: requestLogger,
      cacheTtlMs: overrides.cacheTtlMs,
      upstreamCallBudget: config.upstreamCallBudget,
      singleKeyConcurrency: config.upstreamConcurrency,
    });
  const server = createHttpServer({
    apollo,
    logger,
    maxBodyBytes: config.maxRequestBytes,
    createContext,
    documents: async (owner, ownerId, documentId) =>
      (owner === 'orders' ? orderDocumentFile : ticketDocumentFile)(await createContext(), ownerId, documentId),
    readiness: () =>
      checkReadiness(
        upstream,
        () => api.ping(),
        config.upstreamTimeoutMs,
        async () => (await api.health.healthCheck()).status,
      ),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if (config.host) server.listen(config.port, config.host, () => resolve());
      else server.listen(config.port, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    await cache.close();
    await sandbox?.close();
    throw listenError(error, config);
  }
  const { port } = server.address() as AddressInfo;
  const host = !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    graphqlUrl: `http://${host}:${port}${GRAPHQL_PATH}`,
    port,
    upstream,
    sandbox,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await cache.close();
      await sandbox?.close();
    },
  };
}

/** A port or interface the gateway cannot listen on is a configuration problem: name the variable. */
function listenError(error: unknown, config: GatewayConfig): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new ConfigError(`PORT ${config.port} is already in use; set PORT to another port (0 = any free port)`);
  if (code === 'EACCES') return new ConfigError(`PORT ${config.port} needs privileges this process does not have; use a port above 1023`);
  if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL' || code === 'EAI_AGAIN') {
    return new ConfigError(`HOST "${config.host}" is not an address of this machine`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
