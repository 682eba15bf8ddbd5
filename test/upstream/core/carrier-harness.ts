/**
 * The canned carrier every core test runs against: a fresh server per test,
 * and a client that records its call events and debug log lines.
 */
import pino from 'pino';
import { afterEach, beforeEach, expect } from 'vitest';
import { createCarrierApi, type CarrierClientOptions, type UpstreamCallEvent } from '../../../src/upstream/client.js';
import { UpstreamError } from '../../../src/upstream/core/errors.js';
import { startCannedServer, type CannedServer } from '../canned-server.js';
import { TRUNK_GROUP_SEARCH_ASSIGNED } from '../fixtures/guide-examples.js';

export const API_KEY = 'KEY-4f9c2e7d-ck';
export const API_SECRET = 'SECRET-b81d77a0-cs';
export const PRIVATE_KEY = 'PRIVKEY-Abcd1FghIjK2314mno5pqrX6yzab';

export let server: CannedServer;
export let events: UpstreamCallEvent[];
export let logLines: string[];

/** Call once at the top of a test file. */
export function useCannedCarrier(): void {
  beforeEach(async () => {
    server = await startCannedServer();
    events = [];
    logLines = [];
  });
  afterEach(async () => {
    await server.close();
  });
}

export function client(overrides: Partial<CarrierClientOptions> = {}) {
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  return createCarrierApi({
    servicesUrl: server.servicesUrl,
    auth: { mode: 'oauth2', tokenUrl: server.tokenUrl, apiKey: API_KEY, apiSecret: API_SECRET },
    privateKey: PRIVATE_KEY,
    timeoutMs: 2_000,
    readRetries: 2,
    retryBaseDelayMs: 5,
    logger,
    onCall: (e) => events.push(e),
    ...overrides,
  });
}

export async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected a rejection');
}

export const TRUNK_GROUPS = JSON.parse(TRUNK_GROUP_SEARCH_ASSIGNED) as Record<string, unknown>;
