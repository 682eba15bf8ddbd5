import { describe, expect, it } from 'vitest';
import { createFake, depsFor, run } from '../helpers.js';

describe('trunk group loader', () => {
  it('one /trunkGroupSearchAssigned per request however many trunk-group lookups', async () => {
    const fake = createFake();
    const result = await run(
      depsFor(fake, { cacheTtlMs: { trunkGroups: 0 } }),
      `{ trunkGroups { name assigned } a: trunkGroup(name: "CHCGIL24CL1_897") { name } b: trunkGroup(name: "nope") { name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.trunkGroups).toHaveLength(2);
    expect(result.data.a).toEqual({ name: 'CHCGIL24CL1_897' });
    expect(result.data.b).toBeNull();
    expect(fake.count('trunkGroupSearchAssigned')).toBe(1);
  });
});
