/**
 * Two gateway instances sharing one Redis read cache (CACHE_URL): a read on
 * one is served from the cache on the other, and a mutation on either
 * invalidates it for both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { ok } from '../support/assertions.js';
import { startRedis, type RunningRedis } from '../support/redis.js';
import { gatewayEnvFor, startStack, type Stack } from '../support/stack.js';
import { hasRedisServer } from '../support/system-binaries.js';

let redis: RunningRedis;
let first: Stack;
let second: RunningGateway;

async function gqlOn(gateway: RunningGateway, query: string) {
  const res = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

const runs = hasRedisServer();

beforeAll(async () => {
  if (!runs) return;
  redis = await startRedis();
  first = await startStack({ env: { CACHE_URL: redis.url } });
  const config = loadConfig({ ...gatewayEnvFor(first.sandbox), CACHE_URL: redis.url });
  second = await startGateway(config, createLogger('silent'));
});

afterAll(async () => {
  await second?.close();
  await first?.close();
  await redis?.stop();
});

describe.runIf(runs)('gateway instances sharing a Redis read cache', () => {
  const read = `{ telephoneNumber(tn: "3124795862") { tn note trunkGroup { name } } }`;

  it('serves on one instance what the other read, and sees the other instance’s writes', async () => {
    const original = ok(await first.gql(read)).telephoneNumber;
    await first.control.clearCalls();
    expect((await gqlOn(second, read)).data.telephoneNumber).toEqual(original);
    expect(await first.control.servicesCalls('tnDetail')).toHaveLength(0); // from Redis, not the carrier

    const update = await gqlOn(
      second,
      `mutation { updateTelephoneNumberNote(input: { numbers: [{ tn: "3124795862", note: "moved to suite 400" }] }) { userErrors { message } } }`,
    );
    expect(update.data.updateTelephoneNumberNote!.userErrors).toEqual([]);

    await first.control.clearCalls();
    expect(ok(await first.gql(read)).telephoneNumber.note).toBe('moved to suite 400');
    expect(await first.control.servicesCalls('tnDetail')).toHaveLength(1);
  });
});
