/**
 * Every environment variable the gateway reads, parsed and validated in one
 * place. A bad value stops start-up with a message naming the variable
 * (ConfigError), never with a stack trace.
 *
 * With no INTELIQUENT_* variable set, the gateway runs against the built-in
 * sandbox; with INTELIQUENT_SERVICES_URL and INTELIQUENT_API_KEY set, against
 * the carrier. Anything in between (say a secret without a URL) is refused:
 * a half-configured production deploy must not quietly end up on the sandbox.
 */

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export type AuthMode = 'oauth2' | 'basic';

export interface CarrierUpstreamConfig {
  kind: 'carrier';
  servicesUrl: string;
  auth: { mode: 'oauth2'; tokenUrl: string; apiKey: string; apiSecret: string } | { mode: 'basic'; apiKey: string; apiSecret: string };
  /** `privateKey` sent in every body: INTELIQUENT_PRIVATE_KEY, else the API key. */
  privateKey: string;
}

export interface SandboxUpstreamConfig {
  kind: 'sandbox';
  seed?: number;
  /** SANDBOX_PORT; unset = a free port. */
  port?: number;
}

export interface GatewayConfig {
  port: number;
  /** Interface to listen on; unset: every interface, IPv6 and IPv4 where the machine has both (Node's default). */
  host?: string;
  upstream: CarrierUpstreamConfig | SandboxUpstreamConfig;
  /** iNumbering v2; optional until a domain needs it. */
  inumbering?: { url: string; apiKey: string };
  /** Unset: in-memory keyv. redis://…: Redis. */
  cacheUrl?: string;
  upstreamTimeoutMs: number;
  /** Carrier calls one GraphQL request may make before further ones fail fast. */
  upstreamCallBudget: number;
  /** Single-key carrier reads one request runs in parallel. */
  upstreamConcurrency: number;
  /** Largest GraphQL request body accepted (bytes); larger → 413 PAYLOAD_TOO_LARGE. */
  maxRequestBytes: number;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL (got "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      `${name} must use ${protocols.map((p) => p.replace(':', '')).join(' or ')} (got "${parsed.protocol.replace(':', '')}")`,
    );
  }
  return raw.replace(/\/+$/, '');
}

const CARRIER_VARIABLES = [
  'INTELIQUENT_SERVICES_URL',
  'INTELIQUENT_API_KEY',
  'INTELIQUENT_API_SECRET',
  'INTELIQUENT_TOKEN_URL',
  'INTELIQUENT_AUTH',
  'INTELIQUENT_PRIVATE_KEY',
] as const;

function authMode(env: Env): AuthMode {
  const mode = (value(env, 'INTELIQUENT_AUTH') ?? 'oauth2').toLowerCase();
  if (mode !== 'oauth2' && mode !== 'basic') {
    throw new ConfigError(`INTELIQUENT_AUTH must be "oauth2" or "basic" (got "${value(env, 'INTELIQUENT_AUTH')}")`);
  }
  return mode;
}

function upstreamConfig(env: Env): CarrierUpstreamConfig | SandboxUpstreamConfig {
  // Checked whichever upstream is chosen, so a typo is reported, not ignored.
  const servicesUrl = url(env, 'INTELIQUENT_SERVICES_URL', ['http:', 'https:']);
  const tokenUrl = url(env, 'INTELIQUENT_TOKEN_URL', ['http:', 'https:']);
  const mode = authMode(env);
  const apiKey = value(env, 'INTELIQUENT_API_KEY');

  const carrierSet = CARRIER_VARIABLES.filter((name) => value(env, name) !== undefined);
  if (carrierSet.length === 0) {
    return {
      kind: 'sandbox',
      seed: value(env, 'SANDBOX_SEED') === undefined ? undefined : integer(env, 'SANDBOX_SEED', 1, 0, 2 ** 31 - 1),
      port: value(env, 'SANDBOX_PORT') === undefined ? undefined : integer(env, 'SANDBOX_PORT', 0, 0, 65535),
    };
  }
  // Name every missing variable at once rather than one per attempt.
  const needed = [
    'INTELIQUENT_SERVICES_URL',
    'INTELIQUENT_API_KEY',
    'INTELIQUENT_API_SECRET',
    ...(mode === 'oauth2' ? ['INTELIQUENT_TOKEN_URL'] : []),
  ];
  const missing = needed.filter((name) => value(env, name) === undefined);
  if (missing.length > 0) {
    const why = `because ${carrierSet.join(', ')} ${carrierSet.length === 1 ? 'is' : 'are'} set`;
    const oauth = missing.includes('INTELIQUENT_TOKEN_URL') ? ' (INTELIQUENT_TOKEN_URL: INTELIQUENT_AUTH is oauth2, the default)' : '';
    throw new ConfigError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required ${why}${oauth}; unset every INTELIQUENT_* variable to use the built-in sandbox`,
    );
  }
  const apiSecret = value(env, 'INTELIQUENT_API_SECRET')!;
  const privateKey = value(env, 'INTELIQUENT_PRIVATE_KEY') ?? apiKey!;
  if (mode === 'basic')
    return { kind: 'carrier', servicesUrl: servicesUrl!, privateKey, auth: { mode: 'basic', apiKey: apiKey!, apiSecret } };
  return {
    kind: 'carrier',
    servicesUrl: servicesUrl!,
    privateKey,
    auth: { mode: 'oauth2', tokenUrl: tokenUrl!, apiKey: apiKey!, apiSecret },
  };
}

function inumberingConfig(env: Env): GatewayConfig['inumbering'] {
  const inumberingUrl = url(env, 'INUMBERING_URL', ['http:', 'https:']);
  const apiKey = value(env, 'INUMBERING_API_KEY');
  if (inumberingUrl === undefined && apiKey === undefined) return undefined;
  if (inumberingUrl === undefined) throw new ConfigError('INUMBERING_URL is required when INUMBERING_API_KEY is set');
  if (apiKey === undefined) throw new ConfigError('INUMBERING_API_KEY is required when INUMBERING_URL is set');
  return { url: inumberingUrl, apiKey };
}

export function loadConfig(env: Env = process.env): GatewayConfig {
  const logLevel = (value(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: value(env, 'HOST'),
    upstream: upstreamConfig(env),
    inumbering: inumberingConfig(env),
    cacheUrl: url(env, 'CACHE_URL', ['redis:', 'rediss:']),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 120_000),
    upstreamCallBudget: integer(env, 'MAX_UPSTREAM_CALLS_PER_REQUEST', 500, 1, 100_000),
    upstreamConcurrency: integer(env, 'UPSTREAM_CONCURRENCY', 8, 1, 64),
    // 4 MB holds the largest order the carrier takes (100,000 numbers) as a bare TN list;
    // orders with per-number settings need more (about 55 bytes a number with a trunk group).
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', 4_000_000, 10_000, 100_000_000),
    logLevel,
  };
}
