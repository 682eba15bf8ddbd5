/**
 * Short-lived cache of upstream reads, shared across requests (and, with
 * Redis, across gateway instances). Loaders consult it before batching the
 * misses upstream; mutations delete the entries they changed.
 *
 * Entries are grouped in namespaces ("tn", "order", …) so that one entity's
 * keys never collide with another's.
 */
import { Keyv } from 'keyv';

export interface ReadCache {
  getMany<T>(namespace: string, keys: readonly string[]): Promise<(T | undefined)[]>;
  setMany<T>(namespace: string, entries: readonly { key: string; value: T }[], ttlMs: number): Promise<void>;
  delete(namespace: string, keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const qualified = (namespace: string, key: string) => `${namespace}:${key}`;

/** A ReadCache over any keyv store (memory by default, Redis via @keyv/redis). */
export class KeyvReadCache implements ReadCache {
  constructor(private readonly keyv: Keyv) {}

  async getMany<T>(namespace: string, keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const values = await this.keyv.getMany<T>(keys.map((k) => qualified(namespace, k)));
    return values.map((v) => (v === null ? undefined : (v as T | undefined)));
  }

  async setMany<T>(namespace: string, entries: readonly { key: string; value: T }[], ttlMs: number): Promise<void> {
    if (entries.length === 0 || ttlMs <= 0) return;
    await this.keyv.setMany(entries.map((e) => ({ key: qualified(namespace, e.key), value: e.value, ttl: ttlMs })));
  }

  async delete(namespace: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.keyv.deleteMany(keys.map((k) => qualified(namespace, k)));
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}

/**
 * `cacheUrl` unset: in-process memory. `redis://…`: Redis, so that several
 * gateway instances share reads and see each other's invalidations.
 */
export async function createReadCache(cacheUrl: string | undefined): Promise<ReadCache> {
  if (!cacheUrl) return new KeyvReadCache(new Keyv({ namespace: 'gateway' }));
  const { default: KeyvRedis } = await import('@keyv/redis');
  const store = new KeyvRedis(cacheUrl);
  const keyv = new Keyv({ store, namespace: 'gateway', useKeyPrefix: false });
  return new KeyvReadCache(keyv);
}
