/**
 * Typed upstream failures. The carrier signals errors in the body
 * (`statusCode` as a string, HTTP 200); other deployments answer HTTP 4xx/5xx.
 * Both end here, classified so the graph layer can map them to stable
 * GraphQL `extensions.code`s without parsing messages.
 *
 * Messages carry the carrier's own `status` text, never a request body,
 * header, key, secret or token.
 */
export type UpstreamErrorKind =
  /** 430 "No Result(s) Found" and its spellings. */
  | 'NOT_FOUND'
  /** The carrier refused the request as invalid (4xx statusCode other than the ones below). */
  | 'REJECTED'
  /** Credentials, token or privateKey refused (401001, 1403, 408/410 about the private key, HTTP 401/403). */
  | 'UNAUTHENTICATED'
  /** A limit was hit (431 reserve limit, HTTP 429). */
  | 'LIMIT_EXCEEDED'
  /** 5xx, a network failure, an unreadable body. */
  | 'UNAVAILABLE'
  /** No answer within the configured timeout. */
  | 'TIMEOUT';

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';

  constructor(
    readonly kind: UpstreamErrorKind,
    /** The upstream operation, e.g. "tnDetail". */
    readonly operation: string,
    /** The carrier's statusCode as a string ("430", "401001"), or "HTTP <n>", or a transport code. */
    readonly statusCode: string,
    message: string,
  ) {
    super(message);
  }
}
