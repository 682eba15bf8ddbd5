/**
 * Gateway-level authentication (guide L226–L290): OAuth2 client-credentials bearer tokens or
 * Basic base64(key:secret). Token lifetime: "Tokens expire after one hour" (L233) — the example
 * response's expires_in is Long.MAX (9223372036854775807); we follow the text and send 3600.
 */
import { randomBytes } from 'node:crypto';
import { offsetTimestamp } from './wire.js';

export const TOKEN_TTL_SECONDS = 3600;

export interface Credentials {
  apiKey: string;
  apiSecret: string;
  privateKey: string;
}

export type AuthKind = 'bearer' | 'basic' | 'none';

export class TokenStore {
  private readonly tokens = new Map<string, number>();

  issue(now: number): { token: string; expiresIn: number } {
    const token = randomBytes(16).toString('hex');
    this.tokens.set(token, now + TOKEN_TTL_SECONDS * 1000);
    return { token, expiresIn: TOKEN_TTL_SECONDS };
  }

  isValid(token: string, now: number): boolean {
    const exp = this.tokens.get(token);
    if (exp === undefined) return false;
    if (exp <= now) {
      this.tokens.delete(token);
      return false;
    }
    return true;
  }

  revokeAll(): void {
    this.tokens.clear();
  }
}

export function authKind(header: string | undefined): AuthKind {
  if (!header) return 'none';
  if (/^bearer\s/i.test(header)) return 'bearer';
  if (/^basic\s/i.test(header)) return 'basic';
  return 'none';
}

export function decodeBasic(header: string): { user: string; pass: string } | undefined {
  const m = /^basic\s+(.+)$/i.exec(header.trim());
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? undefined : { user: decoded.slice(0, i), pass: decoded.slice(i + 1) };
}

export function checkServicesAuth(header: string | undefined, creds: Credentials, tokens: TokenStore, now: number): boolean {
  const kind = authKind(header);
  if (kind === 'bearer') return tokens.isValid(header!.replace(/^bearer\s+/i, '').trim(), now);
  if (kind === 'basic') {
    const b = decodeBasic(header!);
    return !!b && b.user === creds.apiKey && b.pass === creds.apiSecret;
  }
  return false;
}

/** The 401001 body (L264–L269), identical for bad tokens and bad Basic credentials. */
export function invalidCredentialsBody(now: number) {
  return {
    message: 'Invalid authentication information provided',
    status: 'Invalid credentials',
    statusCode: '401001',
    timestamp: offsetTimestamp(now),
  };
}
