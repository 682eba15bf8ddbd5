import { defineSandboxDomain } from '../domain.js';
import { HEALTH_CHECK_OPERATION, HEALTH_CHECK_PATH, healthCheck } from './health-check.js';

/** No Services operation: the health check is a GET on its own base path. */
export const health = defineSandboxDomain({
  name: 'health',
  endpoints: [{ operation: HEALTH_CHECK_OPERATION, path: HEALTH_CHECK_PATH, handle: healthCheck }],
});
