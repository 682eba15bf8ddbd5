/**
 * The one transport to the Services API: POST JSON to `${servicesUrl}/${operation}`
 * with `privateKey` in every body, the Authorization header, a timeout,
 * backoff retries for reads only, one token refresh-and-replay, and the
 * envelope turned into typed UpstreamErrors.
 */
import got, { type Got } from 'got';
import type { Logger } from 'pino';
import type { UpstreamError } from './errors.js';
import { createAuthorizer, type AuthOptions, type Authorizer } from './auth.js';
import { classifyAnswer, isTokenRefused, parseJsonObject } from './envelope.js';
import { scrub, upstreamError, wrapRequestFailure } from './failures.js';
import { toStatusCode, type WireObject } from '../wire/values.js';

export type OperationKind = 'read' | 'write';

/**
 * How an operation travels when it is not the usual POST under servicesUrl: /healthCheck is a GET
 * with no body (so no privateKey) on its own base path, e.g. "/HealthChecker/1.0.0", which replaces
 * the "/Services/<version>" tail of servicesUrl.
 */
export interface OperationRoute {
  method: 'GET';
  basePath: string;
}

export interface UpstreamCallEvent {
  operation: string;
  durationMs: number;
  outcome: 'success' | 'error';
  /** The carrier's statusCode ("200", "430"), "HTTP <n>", or a transport code ("ETIMEDOUT"). */
  statusCode: string;
  /** 1 for the first attempt, 2+ for retries and the token replay. */
  attempt: number;
}

/** The subset of a pino logger the transport uses. */
export type UpstreamLogger = Pick<Logger, 'debug'>;

/** Exported to callers as CarrierClientOptions (client.ts). */
export interface TransportOptions {
  /** e.g. https://services.inteliquent.com/Services/2.0.0 (no trailing slash needed). */
  servicesUrl: string;
  auth: AuthOptions;
  privateKey: string;
  /** Per HTTP request (token requests included). Default 10_000. */
  timeoutMs?: number;
  /**
   * Retries of read operations on network errors, timeouts, HTTP 5xx/429, envelope 5xx/431; the same
   * budget covers a transient token-request failure for any operation (nothing was sent). Default 2.
   */
  readRetries?: number;
  /** First backoff delay in ms, doubled per retry (±20 % jitter), capped at maxRetryDelayMs. Default 200. */
  retryBaseDelayMs?: number;
  /** Backoff cap in ms (also caps Retry-After). Default 5000. */
  maxRetryDelayMs?: number;
  /** debug line per call attempt: operation, durationMs, statusCode, attempt, outcome — never bodies or headers. */
  logger?: UpstreamLogger;
  /** Called once per call attempt (retries and the token replay are separate attempts). */
  onCall?: (event: UpstreamCallEvent) => void;
  /** A got instance to send through (proxy agents, tests). Default: got. */
  http?: Got;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_READ_RETRIES = 2;

export class Transport {
  private readonly http: Got;
  private readonly authorizer: Authorizer;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly readRetries: number;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: TransportOptions) {
    this.http = options.http ?? got;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.readRetries = Math.max(0, Math.floor(options.readRetries ?? DEFAULT_READ_RETRIES));
    this.retryBaseDelayMs = Math.max(0, options.retryBaseDelayMs ?? 200);
    this.maxRetryDelayMs = Math.max(0, options.maxRetryDelayMs ?? 5_000);
    this.baseUrl = options.servicesUrl.replace(/\/+$/, '');
    this.authorizer = createAuthorizer(this.http, options.auth, this.timeoutMs);
  }

  /** Everything that must never show up in an error or a log line. */
  private secrets(): string[] {
    return [this.options.privateKey, ...this.authorizer.secrets];
  }

  /**
   * POST one operation. Resolves to the parsed body of a success envelope;
   * rejects with UpstreamError only.
   */
  async call(operation: string, kind: OperationKind, body: WireObject, route?: OperationRoute): Promise<WireObject> {
    const base = route ? `${this.baseUrl.replace(/\/Services\/[^/]+$/, '')}${route.basePath}` : this.baseUrl;
    const url = `${base}/${operation}`;
    let retriesLeft = this.readRetries;
    let replayed = false;
    let attempt = 0;

    for (;;) {
      attempt += 1;
      const startedAt = performance.now();
      const elapsed = () => Math.round((performance.now() - startedAt) * 10) / 10;

      // 1. Authorization. A failure here means nothing was sent, so even a
      //    write may be retried.
      let header: string;
      try {
        header = await this.authorizer.header();
      } catch (error) {
        const failure = wrapRequestFailure(operation, error);
        this.report(operation, elapsed(), 'error', failure.statusCode, attempt);
        if (isTransient(failure) && retriesLeft > 0) {
          retriesLeft -= 1;
          await this.backoff(attempt);
          continue;
        }
        throw failure;
      }

      // 2. The call itself.
      let response;
      try {
        const request = {
          headers: { authorization: header, accept: 'application/json' },
          responseType: 'text',
          throwHttpErrors: false,
          followRedirect: false,
          retry: { limit: 0 },
          timeout: { request: this.timeoutMs },
        } as const;
        response = await (route?.method === 'GET'
          ? this.http.get(url, request)
          : this.http.post(url, { ...request, json: { privateKey: this.options.privateKey, ...body } }));
      } catch (error) {
        const failure = wrapRequestFailure(operation, error);
        this.report(operation, elapsed(), 'error', failure.statusCode, attempt);
        if (kind === 'read' && retriesLeft > 0) {
          retriesLeft -= 1;
          await this.backoff(attempt);
          continue;
        }
        throw failure;
      }

      const parsed = parseJsonObject(response.body);

      // 3. Token refused: the request was refused before it ran, so one
      //    refresh-and-replay is safe for any operation.
      if (isTokenRefused(response.statusCode, parsed) && !replayed && this.authorizer.invalidate(header)) {
        replayed = true;
        this.report(operation, elapsed(), 'error', this.reportedCode(response.statusCode, parsed), attempt);
        continue;
      }

      // 4. The envelope.
      const outcome = classifyAnswer(response.statusCode, parsed);
      if (outcome.ok) {
        this.report(operation, elapsed(), 'success', this.reportedCode(response.statusCode, parsed), attempt);
        return parsed ?? {};
      }
      const failure = upstreamError(outcome.kind, operation, outcome.statusCode, outcome.message, this.secrets());
      this.report(operation, elapsed(), 'error', failure.statusCode, attempt);
      if (kind === 'read' && isTransient(failure) && retriesLeft > 0) {
        retriesLeft -= 1;
        await this.backoff(attempt, retryAfterMs(response.headers['retry-after']));
        continue;
      }
      throw failure;
    }
  }

  /**
   * The code of an answer that did not become an UpstreamError (success, or the
   * token refusal that is replayed). The body's statusCode is the carrier's free
   * text and could echo the token, so it is scrubbed like an error message.
   */
  private reportedCode(httpStatus: number, body: WireObject | undefined): string {
    const code = body ? toStatusCode(body['statusCode']) : undefined;
    return code === undefined ? `HTTP ${httpStatus}` : scrub(code, this.secrets());
  }

  private report(operation: string, durationMs: number, outcome: 'success' | 'error', statusCode: string, attempt: number): void {
    const event: UpstreamCallEvent = { operation, durationMs, outcome, statusCode, attempt };
    try {
      this.options.logger?.debug(event, 'carrier call');
    } catch {
      // A broken logger must not break the call.
    }
    try {
      this.options.onCall?.(event);
    } catch {
      // Nor a broken hook.
    }
  }

  private backoff(attempt: number, retryAfter?: number): Promise<void> {
    const exponential = this.retryBaseDelayMs * 2 ** (attempt - 1);
    const jittered = exponential * (0.8 + Math.random() * 0.4);
    const delay = Math.min(this.maxRetryDelayMs, Math.max(jittered, retryAfter ?? 0));
    return delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : Promise.resolve();
  }
}

/** Worth retrying (for a read, or before anything was sent). */
function isTransient(error: UpstreamError): boolean {
  return error.kind === 'UNAVAILABLE' || error.kind === 'TIMEOUT' || error.kind === 'LIMIT_EXCEEDED';
}

function retryAfterMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
