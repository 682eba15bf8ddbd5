/**
 * `npm start`: read the environment, start the gateway (and the sandbox when
 * no carrier is configured), stop cleanly on SIGINT/SIGTERM.
 */
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { startGateway } from './gateway.js';
import { createLogger } from './logger.js';

function describeUpstream(config: GatewayConfig): string {
  if (config.upstream.kind === 'sandbox') {
    return 'no INTELIQUENT_SERVICES_URL or INTELIQUENT_API_KEY set: starting the built-in sandbox (emulated carrier, no credentials needed)';
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
  if (gateway.sandbox) logger.info({ sandbox: gateway.sandbox.url }, `sandbox listening at ${gateway.sandbox.url}`);
  logger.info({ graphql: gateway.graphqlUrl }, `gateway ready: GraphQL and GraphiQL at ${gateway.graphqlUrl}`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
