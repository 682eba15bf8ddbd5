/**
 * The end-to-end stack for tests: a sandbox on a free port with a manual
 * clock, and a gateway configured as if for the real carrier (URL, token URL,
 * key, secret) pointing at it. Every hop is real HTTP; upstream calls are
 * counted from the sandbox's own call log.
 */
import { loadConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { SandboxControl } from './sandbox-control.js';

export { SandboxControl, type UpstreamCall } from './sandbox-control.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Stack {
  sandbox: RunningSandbox;
  gateway: RunningGateway;
  control: SandboxControl;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startStack(options: { env?: Record<string, string>; seed?: number } = {}): Promise<Stack> {
  const sandbox = await startSandbox({ clock: 'manual', seed: options.seed });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    INTELIQUENT_SERVICES_URL: sandbox.servicesUrl,
    INTELIQUENT_TOKEN_URL: sandbox.tokenUrl,
    INTELIQUENT_API_KEY: sandbox.credentials.apiKey,
    INTELIQUENT_API_SECRET: sandbox.credentials.apiSecret,
    INTELIQUENT_PRIVATE_KEY: sandbox.credentials.privateKey,
    UPSTREAM_TIMEOUT_MS: '5000',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const gateway = await startGateway(config, createLogger(config.logLevel));
  const control = new SandboxControl(sandbox.url);

  return {
    sandbox,
    gateway,
    control,
    async gql(query, variables, headers = {}) {
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse;
      return { status: res.status, data: body.data as any, errors: body.errors };
    },
    async close() {
      await gateway.close();
      await sandbox.close();
    },
  };
}
