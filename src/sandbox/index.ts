/**
 * Public API of the sandbox: a stateful, standalone HTTP emulator of the carrier's Services API.
 * It shares no code with the gateway; the two meet only on the wire.
 */
import type { AddressInfo } from 'node:net';
import { createClock } from './clock.js';
import { SandboxRuntime, type Logger } from './runtime.js';
import { createSandboxServer } from './server.js';

export interface SandboxOptions {
  /** 0 or unset = a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  seed?: number;
  /** Default 'real'. Tests use 'manual' and move time with POST /_sandbox/clock/advance. */
  clock?: 'real' | 'manual';
  credentials?: { apiKey: string; apiSecret: string; privateKey: string };
  logger?: Logger;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/Services/2.0.0' */
  servicesUrl: string;
  /** url + '/oauth2/token' */
  tokenUrl: string;
  credentials: { apiKey: string; apiSecret: string; privateKey: string };
  close(): Promise<void>;
}

/** The privateKey defaults to the API key: the gateway sends its API key as privateKey unless configured otherwise. */
export const SANDBOX_CREDENTIALS: { apiKey: string; apiSecret: string; privateKey: string } = Object.freeze({
  apiKey: 'sandbox-api-key',
  apiSecret: 'sandbox-api-secret',
  privateKey: 'sandbox-api-key',
});

export const DEFAULT_SEED = 1;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const credentials = { ...(options.credentials ?? SANDBOX_CREDENTIALS) };
  const runtime = new SandboxRuntime(createClock(options.clock ?? 'real'), credentials, options.seed ?? DEFAULT_SEED, options.logger);
  const server = createSandboxServer(runtime);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    servicesUrl: `${url}/Services/2.0.0`,
    tokenUrl: `${url}/oauth2/token`,
    credentials,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
