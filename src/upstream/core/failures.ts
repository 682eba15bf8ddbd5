/**
 * Turning transport failures into UpstreamErrors without leaking secrets.
 *
 * got's own errors carry the request options (headers with the Authorization
 * value, the JSON body with the privateKey, the token form with the secret).
 * They are never rethrown or attached as `cause`: only their `code` survives.
 */
import { UpstreamError, type UpstreamErrorKind } from './errors.js';

/** Error codes that mean "no answer within the timeout". */
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ERR_TIMEOUT']);

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code)) return code;
    const name = (error as { name?: unknown }).name;
    if (name === 'TimeoutError') return 'ETIMEDOUT';
  }
  return undefined;
}

/** Wrap a thrown transport error (network failure, timeout, …) as an UpstreamError. */
export function wrapRequestFailure(operation: string, error: unknown, what = 'request'): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const code = errorCode(error) ?? 'ENETWORK';
  if (TIMEOUT_CODES.has(code)) {
    return new UpstreamError('TIMEOUT', operation, code, `${operation}: no answer to the ${what} within the timeout`);
  }
  return new UpstreamError('UNAVAILABLE', operation, code, `${operation}: ${what} failed (${code})`);
}

/**
 * Remove every secret from a text that came from the carrier (its `status`
 * message could in theory echo a key). Secrets shorter than 4 characters are
 * not scrubbed (they would match innocent text and are not worth guarding).
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[REDACTED]');
  }
  return out;
}

export function upstreamError(
  kind: UpstreamErrorKind,
  operation: string,
  statusCode: string,
  message: string,
  secrets: readonly string[],
): UpstreamError {
  return new UpstreamError(kind, operation, scrub(statusCode, secrets), scrub(message, secrets));
}
