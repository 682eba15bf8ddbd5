/**
 * `npm start`: read the environment, start the gateway (and the sandbox when
 * no carrier is configured), stop cleanly on SIGINT/SIGTERM.
 */
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { startGateway } from './gateway.js';
import { createLogger } from './logger.js';

function describeUpstream(config: GatewayConfig): string {
  if (config.upstream.kind === 'sandbox') {
    return 'no INTELIQUENT_* variable set (empty ones count as unset): starting the built-in sandbox (emulated carrier, no credentials needed)';
  }
  return `upstream: the carrier at ${config.upstream.servicesUrl} (${config.upstream.auth.mode} auth)`;
}

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // The first line says which upstream this process will talk to.
  logger.info({ upstream: config.upstream.kind }, describeUpstream(config));
  const gateway = await startGateway(config, logger);
  // One line with every address a user needs, the sandbox's control API included.
  const sandbox = gateway.sandbox
    ? `; sandbox carrier at ${gateway.sandbox.servicesUrl}, its control API at ${gateway.sandbox.url}/_sandbox`
    : '';
  logger.info(
    { graphql: gateway.graphqlUrl, ...(gateway.sandbox ? { sandbox: gateway.sandbox.url } : {}) },
    `gateway ready: GraphQL and GraphiQL at ${gateway.graphqlUrl}${sandbox}`,
  );

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const prefix = error instanceof ConfigError ? 'Configuration error' : 'Gateway failed to start';
  process.stderr.write(`${prefix}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
