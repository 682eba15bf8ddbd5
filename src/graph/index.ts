/**
 * What the server needs from the graph layer:
 * - buildGatewaySchema(): the federated subgraph schema (build once at start-up);
 * - createGatewayContext(deps): a fresh context PER REQUEST (loaders are per request);
 * - formatError: Apollo Server's formatError (stable codes, no internals);
 * - printGatewaySdl(): the subgraph SDL (also written by print-schema.ts).
 */
export { buildGatewaySchema, printGatewaySdl } from './schema.js';
export { createGatewayContext, DEFAULT_CACHE_TTL_MS, type GatewayContext, type GatewayDeps } from './context.js';
export { ErrorCode, errorCodeOf, formatError } from './common/errors.js';
