/**
 * GET /healthCheck (L10979): the status of the carrier's services tier. Its own base path
 * (/HealthChecker/1.0.0), a GET with no body and no privateKey, the bearer header only (read).
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record, statusCode, text } from '../wire/schema.js';

export interface CarrierHealthReport {
  /** "UP" in the guide's one example; no other value is documented. */
  status: string | undefined;
  statusCode: string | undefined;
}

export const healthCheck = defineOperation({
  name: 'healthCheck',
  kind: 'read',
  route: { method: 'GET', basePath: '/HealthChecker/1.0.0' },
  request: (_: void) => ({}),
  response: record({ status: text, statusCode }),
  map: (wire): CarrierHealthReport => ({ status: wire.status, statusCode: wire.statusCode }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
