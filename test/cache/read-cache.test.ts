import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadCache, type ReadCache } from '../../src/cache/read-cache.js';
import { startRedis, type RunningRedis } from '../support/redis.js';
import { hasRedisServer } from '../support/system-binaries.js';

function behavesAsAReadCache(name: string, open: () => Promise<ReadCache>) {
  describe(name, () => {
    it('stores, reads back in key order, misses as undefined, and deletes', async () => {
      const cache = await open();
      await cache.setMany('tn', [{ key: '3125550100', value: { tn: '3125550100', status: 'IN_SERVICE' } }], 60_000);
      expect(await cache.getMany('tn', ['3125550199', '3125550100'])).toEqual([undefined, { tn: '3125550100', status: 'IN_SERVICE' }]);
      // namespaces keep entities apart
      expect(await cache.getMany('order', ['3125550100'])).toEqual([undefined]);
      await cache.delete('tn', ['3125550100']);
      expect(await cache.getMany('tn', ['3125550100'])).toEqual([undefined]);
      await cache.close();
    });

    it('expires entries after their TTL', async () => {
      const cache = await open();
      await cache.setMany('order', [{ key: '1001', value: { id: '1001' } }], 50);
      await new Promise((r) => setTimeout(r, 120));
      expect(await cache.getMany('order', ['1001'])).toEqual([undefined]);
      await cache.close();
    });
  });
}

behavesAsAReadCache('in-memory read cache', () => createReadCache(undefined));

describe.runIf(hasRedisServer())('Redis read cache', () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  behavesAsAReadCache('over redis', () => createReadCache(redis.url));

  it('is shared between two gateway instances: one invalidates, the other sees it', async () => {
    const a = await createReadCache(redis.url);
    const b = await createReadCache(redis.url);
    await a.setMany('tn', [{ key: '3125550101', value: { note: 'old' } }], 60_000);
    expect(await b.getMany('tn', ['3125550101'])).toEqual([{ note: 'old' }]);
    await b.delete('tn', ['3125550101']);
    expect(await a.getMany('tn', ['3125550101'])).toEqual([undefined]);
    await a.close();
    await b.close();
  });
});
