/** The graph is assembled from the list of domain modules; common/ knows none of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallBudgetExceededError, withCallBudget } from '../../src/graph/common/call-budget.js';
import { createGatewayContext, DEFAULT_CACHE_TTL_MS } from '../../src/graph/context.js';
import { DOMAINS } from '../../src/graph/domains.js';
import type { CarrierApi } from '../../src/upstream/client.js';
import { createFake, depsFor, tnRecord } from './helpers.js';

describe('domain modules', () => {
  it('each module gives the context its loaders and its cache TTL defaults', () => {
    const ctx = createGatewayContext(depsFor(createFake()));
    expect(Object.keys(ctx.loaders).sort()).toEqual(DOMAINS.map((d) => d.name).sort());
    expect(DEFAULT_CACHE_TTL_MS).toEqual({
      telephoneNumber: 30_000,
      order: 5_000,
      trunkGroups: 60_000,
      tollFreeNumber: 30_000,
      ticketNumbers: 86_400_000,
    });
    expect(createGatewayContext(depsFor(createFake(), { cacheTtlMs: { order: 0 } })).ttl).toEqual({ ...DEFAULT_CACHE_TTL_MS, order: 0 });
  });

  it("invalidating an entity runs every module's handler for it", async () => {
    const fake = createFake();
    fake.records.set('3125550100', tnRecord('3125550100'));
    const ctx = createGatewayContext(depsFor(fake));
    await ctx.loaders.numbers.telephoneNumber.load('3125550100');
    await ctx.loaders.orders.ordersOfTn.load({ tn: '3125550100', page: { page: 1, size: 20 } });
    await ctx.invalidate('TelephoneNumber', ['3125550100']);
    await ctx.loaders.numbers.telephoneNumber.load('3125550100');
    await ctx.loaders.orders.ordersOfTn.load({ tn: '3125550100', page: { page: 1, size: 20 } });
    expect(fake.count('tnDetail')).toBe(2);
    expect(fake.count('orderList')).toBe(2);
  });

  it('the call budget meters every domain of the client, whatever they are', async () => {
    const api = { numbers: { a: async () => 1 }, billing: { b: async () => 2 }, ping: async () => {} } as unknown as CarrierApi;
    const metered = withCallBudget(api, 1) as unknown as {
      numbers: { a(): Promise<number> };
      billing: { b(): Promise<number> };
      ping(): Promise<void>;
    };
    await expect(metered.numbers.a()).resolves.toBe(1);
    await expect(metered.billing.b()).rejects.toBeInstanceOf(CallBudgetExceededError);
    await expect(metered.ping()).resolves.toBeUndefined();
  });

  it('common/ imports no domain', () => {
    const dir = join(import.meta.dirname, '../../src/graph/common');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!);
      expect(
        imports.filter((path) => path.startsWith('../') && !path.startsWith('../../')),
        file,
      ).toEqual([]);
    }
  });
});
