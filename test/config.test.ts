import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const carrier = {
  INTELIQUENT_SERVICES_URL: 'https://services.example.test/Services/2.0.0/',
  INTELIQUENT_TOKEN_URL: 'https://token.example.test/oauth2/token',
  INTELIQUENT_API_KEY: 'key-123',
  INTELIQUENT_API_SECRET: 'secret-456',
};

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 4000 and the sandbox when no upstream is configured', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.upstream).toEqual({ kind: 'sandbox', seed: undefined, port: undefined });
    expect(config.cacheUrl).toBeUndefined();
    expect(config.upstreamCallBudget).toBe(500);
    expect(config.upstreamConcurrency).toBe(8);
  });

  it('reads a carrier configuration with oauth2 by default, privateKey defaulting to the API key', () => {
    const config = loadConfig(carrier);
    expect(config.upstream).toEqual({
      kind: 'carrier',
      servicesUrl: 'https://services.example.test/Services/2.0.0',
      privateKey: 'key-123',
      auth: { mode: 'oauth2', tokenUrl: 'https://token.example.test/oauth2/token', apiKey: 'key-123', apiSecret: 'secret-456' },
    });
  });

  it('supports basic auth without a token URL and an explicit private key', () => {
    const { INTELIQUENT_TOKEN_URL: _, ...rest } = carrier;
    const config = loadConfig({ ...rest, INTELIQUENT_AUTH: 'basic', INTELIQUENT_PRIVATE_KEY: 'pk' });
    expect(config.upstream).toMatchObject({ kind: 'carrier', privateKey: 'pk', auth: { mode: 'basic' } });
  });

  it('names the bad variable', () => {
    expect(errorOf({ PORT: 'http' })).toMatch(/^PORT must be a whole number/);
    expect(errorOf({ ...carrier, INTELIQUENT_AUTH: 'digest' })).toMatch(/^INTELIQUENT_AUTH must be "oauth2" or "basic"/);
    expect(errorOf({ INTELIQUENT_API_KEY: 'k' })).toMatch(
      /^INTELIQUENT_SERVICES_URL, INTELIQUENT_API_SECRET, INTELIQUENT_TOKEN_URL are required/,
    );
    expect(errorOf({ INTELIQUENT_SERVICES_URL: carrier.INTELIQUENT_SERVICES_URL })).toMatch(
      /^INTELIQUENT_API_KEY, INTELIQUENT_API_SECRET, INTELIQUENT_TOKEN_URL are required/,
    );
    expect(errorOf({ ...carrier, INTELIQUENT_API_SECRET: '' })).toMatch(/^INTELIQUENT_API_SECRET is required/);
    expect(errorOf({ ...carrier, INTELIQUENT_TOKEN_URL: '' })).toMatch(/^INTELIQUENT_TOKEN_URL is required/);
    expect(errorOf({ ...carrier, INTELIQUENT_SERVICES_URL: 'services.example.test' })).toMatch(
      /^INTELIQUENT_SERVICES_URL must be an absolute URL/,
    );
    expect(errorOf({ CACHE_URL: 'memcached://x' })).toMatch(/^CACHE_URL must use redis or rediss/);
    expect(errorOf({ INUMBERING_API_KEY: 'k' })).toMatch(/^INUMBERING_URL is required/);
    expect(errorOf({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(errorOf({ UPSTREAM_CONCURRENCY: '100' })).toMatch(/^UPSTREAM_CONCURRENCY must be a whole number from 1 to 64/);
    expect(errorOf({ MAX_UPSTREAM_CALLS_PER_REQUEST: '0' })).toMatch(/^MAX_UPSTREAM_CALLS_PER_REQUEST must be a whole number from 1/);
  });

  it('refuses a half-configured carrier instead of falling back to the sandbox', () => {
    expect(errorOf({ INTELIQUENT_API_SECRET: 'super-secret-value' })).toBe(
      'INTELIQUENT_SERVICES_URL, INTELIQUENT_API_KEY, INTELIQUENT_TOKEN_URL are required because INTELIQUENT_API_SECRET is set ' +
        '(INTELIQUENT_TOKEN_URL: INTELIQUENT_AUTH is oauth2, the default); unset every INTELIQUENT_* variable to use the built-in sandbox',
    );
    expect(errorOf({ INTELIQUENT_PRIVATE_KEY: 'pk', INTELIQUENT_TOKEN_URL: carrier.INTELIQUENT_TOKEN_URL })).toMatch(
      /^INTELIQUENT_SERVICES_URL, INTELIQUENT_API_KEY, INTELIQUENT_API_SECRET are required because INTELIQUENT_TOKEN_URL, INTELIQUENT_PRIVATE_KEY are set;/,
    );
    // Malformed values are reported even when they alone would select the sandbox.
    expect(errorOf({ INTELIQUENT_AUTH: 'bogus' })).toMatch(/^INTELIQUENT_AUTH must be "oauth2" or "basic"/);
    expect(errorOf({ INTELIQUENT_TOKEN_URL: 'not-a-url' })).toMatch(/^INTELIQUENT_TOKEN_URL must be an absolute URL/);
  });

  it('reads MAX_REQUEST_BYTES (default 4 MB)', () => {
    expect(loadConfig({}).maxRequestBytes).toBe(4_000_000);
    expect(loadConfig({ MAX_REQUEST_BYTES: '20000' }).maxRequestBytes).toBe(20_000);
    expect(errorOf({ MAX_REQUEST_BYTES: '10' })).toMatch(/^MAX_REQUEST_BYTES must be a whole number from 10000/);
  });

  it('reads SANDBOX_PORT and SANDBOX_SEED for the in-process sandbox', () => {
    expect(loadConfig({ SANDBOX_PORT: '4010', SANDBOX_SEED: '7' }).upstream).toEqual({ kind: 'sandbox', seed: 7, port: 4010 });
    expect(errorOf({ SANDBOX_PORT: 'abc' })).toMatch(/^SANDBOX_PORT must be a whole number from 0 to 65535/);
  });

  it('never echoes a secret in its messages', () => {
    const message = errorOf({ ...carrier, INTELIQUENT_AUTH: 'nope', INTELIQUENT_API_SECRET: 'super-secret-value' });
    expect(message).not.toContain('super-secret-value');
  });
});
