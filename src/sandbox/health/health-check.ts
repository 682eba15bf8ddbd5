/**
 * GET /HealthChecker/1.0.0/healthCheck (L10979): the only GET, on its own base path, with the
 * bearer header and no privateKey. Answers {"status":"UP","statusCode":"200"}; a fault injected
 * for "healthCheck" through the control API stands for the carrier being down (no down value is
 * documented).
 */
import type { IncomingMessage } from 'node:http';
import { authKind, checkServicesAuth, invalidCredentialsBody } from '../auth.js';
import type { SandboxRuntime } from '../runtime.js';
import { fail, type Json } from '../wire.js';

/** Its name in the call log and for fault injection (it is not a Services operation). */
export const HEALTH_CHECK_OPERATION = 'healthCheck';

export const HEALTH_CHECK_PATH = /^\/HealthChecker\/1\.0\.0\/healthCheck\/?$/;

export function healthCheck(rt: SandboxRuntime, req: IncomingMessage, method: string): { httpStatus: number; body: Json } | 'drop' {
  const now = rt.sync();
  const log = (statusCode: string | null) =>
    rt.record({ operation: HEALTH_CHECK_OPERATION, version: '1.0.0', auth: authKind(req.headers.authorization), body: {}, statusCode });
  const fault = rt.takeFault(HEALTH_CHECK_OPERATION);
  if (fault) {
    if (fault.dropConnection) {
      log(null);
      return 'drop';
    }
    const httpStatus = fault.httpStatus ?? 200;
    const statusCode = fault.statusCode ?? (httpStatus !== 200 ? String(httpStatus) : '500');
    log(statusCode);
    return { httpStatus, body: { status: fault.status ?? 'Internal Error', statusCode } };
  }
  if (!checkServicesAuth(req.headers.authorization, rt.credentials, rt.tokens, now)) {
    log('401001');
    return { httpStatus: 401, body: invalidCredentialsBody(now) };
  }
  if (method !== 'GET') {
    log('405');
    return { httpStatus: 405, body: fail('405', 'Method not allowed; healthCheck is GET') };
  }
  log('200');
  return { httpStatus: 200, body: { status: 'UP', statusCode: '200' } };
}
