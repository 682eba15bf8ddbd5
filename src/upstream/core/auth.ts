/**
 * Authorization for the Services API: OAuth2 client credentials (a cached,
 * single-flight bearer token) or Basic.
 */
import type { Got } from 'got';
import type { UpstreamErrorKind } from './errors.js';
import { classifyAnswer, classifyHttpStatus, parseJsonObject } from './envelope.js';
import { upstreamError, wrapRequestFailure } from './failures.js';
import { str, toCount, toStatusCode, type WireObject } from '../wire/values.js';

export type AuthOptions =
  { mode: 'oauth2'; tokenUrl: string; apiKey: string; apiSecret: string } | { mode: 'basic'; apiKey: string; apiSecret: string };

export interface Authorizer {
  /** The Authorization header value for the next request. */
  header(): Promise<string>;
  /**
   * The carrier refused `header`: forget it so the next call fetches a new one.
   * Returns false when there is nothing to refresh (Basic), so no replay is worth it.
   */
  invalidate(header: string): boolean;
  /** Values that must never appear in errors or logs. */
  readonly secrets: readonly string[];
}

/** "Tokens expire after one hour" — and the example's expires_in is Long.MAX. */
const MAX_TOKEN_LIFETIME_MS = 60 * 60 * 1000;
/** Refresh this long before the (capped) expiry. */
const EXPIRY_MARGIN_MS = 60 * 1000;

class BasicAuthorizer implements Authorizer {
  private readonly value: string;
  readonly secrets: readonly string[];

  constructor(apiKey: string, apiSecret: string) {
    const encoded = Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64');
    this.value = `Basic ${encoded}`;
    this.secrets = [apiKey, apiSecret, encoded];
  }

  header(): Promise<string> {
    return Promise.resolve(this.value);
  }

  invalidate(): boolean {
    return false;
  }
}

interface OAuth2Settings {
  tokenUrl: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs: number;
  now?: () => number;
}

export class OAuth2Authorizer implements Authorizer {
  private cached: { header: string; refreshAt: number } | undefined;
  private inFlight: Promise<string> | undefined;
  private readonly tokens: string[] = [];
  private readonly now: () => number;

  constructor(
    private readonly http: Got,
    private readonly settings: OAuth2Settings,
  ) {
    this.now = settings.now ?? Date.now;
  }

  get secrets(): readonly string[] {
    return [this.settings.apiKey, this.settings.apiSecret, ...this.tokens];
  }

  header(): Promise<string> {
    const cached = this.cached;
    if (cached && this.now() < cached.refreshAt) return Promise.resolve(cached.header);
    if (!this.inFlight) {
      this.inFlight = this.fetch().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  invalidate(header: string): boolean {
    // Only drop the token that failed: a concurrent caller may already have
    // fetched a fresh one.
    if (this.cached?.header === header) this.cached = undefined;
    return true;
  }

  private async fetch(): Promise<string> {
    const operation = 'oauth2/token';
    const { tokenUrl, apiKey, apiSecret, timeoutMs } = this.settings;
    const startedAt = this.now();
    let response;
    try {
      response = await this.http.post(tokenUrl, {
        form: { client_id: apiKey, client_secret: apiSecret, grant_type: 'client_credentials' },
        headers: { accept: 'application/json' },
        responseType: 'text',
        throwHttpErrors: false,
        retry: { limit: 0 },
        timeout: { request: timeoutMs },
      });
    } catch (error) {
      throw wrapRequestFailure(operation, error, 'token request');
    }
    const body = parseJsonObject(response.body);
    const kind = classifyHttpStatus(response.statusCode);
    const token = body ? str(body['access_token']) : undefined;
    if (kind !== 'SUCCESS' || token === undefined) {
      const statusCode = `HTTP ${response.statusCode}`;
      const failureKind = kind === 'SUCCESS' ? refusalIn2xx(body) : kind === 'REJECTED' ? 'UNAUTHENTICATED' : kind;
      // OAuth2 error bodies: { error: "invalid_client", error_description: "…" }; or the Services envelope.
      const detail = body
        ? (str(body['error_description']) ?? str(body['error']) ?? str(body['status']) ?? str(body['message']))
        : undefined;
      const message = detail
        ? `Token request refused: ${detail}`
        : kind === 'SUCCESS'
          ? 'Token response without access_token'
          : `Token request failed (${statusCode})`;
      throw upstreamError(failureKind, operation, statusCode, message, this.secrets);
    }
    // expires_in may be absent, a string, or Long.MAX (9223372036854775807,
    // which JSON.parse rounds): cap at one hour either way.
    const expiresInSec = toCount(body?.['expires_in']);
    const lifetimeMs =
      expiresInSec !== undefined && expiresInSec > 0 ? Math.min(expiresInSec * 1000, MAX_TOKEN_LIFETIME_MS) : MAX_TOKEN_LIFETIME_MS;
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10);
    const header = `Bearer ${token}`;
    this.cached = { header, refreshAt: startedAt + lifetimeMs - margin };
    this.rememberSecret(token);
    return header;
  }

  private rememberSecret(token: string): void {
    this.tokens.push(token);
    if (this.tokens.length > 8) this.tokens.shift();
  }
}

/**
 * A 2xx token answer without an access_token. An OAuth2 error body or the
 * Services' "Invalid credentials" envelope (401001, L264–269) is a refusal of
 * the credentials, not an outage; anything else is unreadable.
 */
function refusalIn2xx(body: WireObject | undefined): UpstreamErrorKind {
  if (body === undefined) return 'UNAVAILABLE';
  if (str(body['error']) !== undefined) return 'UNAUTHENTICATED';
  if (toStatusCode(body['statusCode']) === undefined) return 'UNAVAILABLE';
  const outcome = classifyAnswer(200, body);
  if (outcome.ok) return 'UNAVAILABLE';
  return outcome.kind === 'REJECTED' ? 'UNAUTHENTICATED' : outcome.kind;
}

export function createAuthorizer(http: Got, auth: AuthOptions, timeoutMs: number): Authorizer {
  if (auth.mode === 'basic') return new BasicAuthorizer(auth.apiKey, auth.apiSecret);
  return new OAuth2Authorizer(http, { tokenUrl: auth.tokenUrl, apiKey: auth.apiKey, apiSecret: auth.apiSecret, timeoutMs });
}
