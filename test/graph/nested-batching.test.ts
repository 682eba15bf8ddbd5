/** Batching across domains: a nested query costs the calls of its levels, not of its items. */
import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run, tnRecord } from './helpers.js';

const tnOf = (i: number) => `312555${String(1000 + i).padStart(4, '0')}`;

describe('loaders batch upstream calls across domains', () => {
  it('50 orders → their numbers → trunk groups: ONE /tnDetail call, one exact tnSearchItem per TN', async () => {
    const fake = createFake();
    for (let i = 0; i < 50; i++) {
      const tns = [tnOf(2 * i), tnOf(2 * i + 1)];
      tns.forEach((tn) => fake.records.set(tn, tnRecord(tn)));
      fake.orders.set(String(1000 + i), orderDetail(String(1000 + i), tns));
    }
    const result = await run(
      depsFor(fake),
      `{ orders(first: 50) { nodes { id numbers { nodes { tn trunkGroup { name } } } lines { nodes { telephoneNumber { tn } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.orders.nodes).toHaveLength(50);
    expect(result.data.orders.nodes[0].numbers.nodes[0].trunkGroup.name).toBe('CHCGIL24CL1_897');
    expect(fake.count('orderList')).toBe(1);
    expect(fake.count('orderDetail')).toBe(50); // single-key upstream, de-duplicated
    expect(fake.count('tnDetail')).toBe(1);
    const [{ criteria, page: pageReq }] = fake.calls.tnDetail![0]! as [{ criteria: { tnMask: string }[]; page: { size: number } }];
    expect(criteria).toHaveLength(100);
    expect(new Set(criteria.map((c) => c.tnMask)).size).toBe(100);
    expect(pageReq.size).toBe(100);
    expect(fake.count('trunkGroupSearchAssigned')).toBe(0); // trunkGroup { name } needs no call
  });
});
