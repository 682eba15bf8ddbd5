import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run, tnRecord } from './helpers.js';

const tnOf = (i: number) => `312555${String(1000 + i).padStart(4, '0')}`;

describe('loaders batch upstream calls', () => {
  it('50 orders → their numbers → trunk groups: ONE /tnDetail call, one exact tnSearchItem per TN', async () => {
    const fake = createFake();
    for (let i = 0; i < 50; i++) {
      const tns = [tnOf(2 * i), tnOf(2 * i + 1)];
      tns.forEach((tn) => fake.records.set(tn, tnRecord(tn)));
      fake.orders.set(String(1000 + i), orderDetail(String(1000 + i), tns));
    }
    const result = await run(
      depsFor(fake),
      `{ orders(first: 50) { nodes { id numbers { tn trunkGroup { name } } lines { telephoneNumber { tn } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.orders.nodes).toHaveLength(50);
    expect(result.data.orders.nodes[0].numbers[0].trunkGroup.name).toBe('CHCGIL24CL1_897');
    expect(fake.count('orderList')).toBe(1);
    expect(fake.count('orderDetail')).toBe(50); // single-key upstream, de-duplicated
    expect(fake.count('tnDetail')).toBe(1);
    const [{ criteria, page: pageReq }] = fake.calls.tnDetail![0]! as [{ criteria: { tnMask: string }[]; page: { size: number } }];
    expect(criteria).toHaveLength(100);
    expect(new Set(criteria.map((c) => c.tnMask)).size).toBe(100);
    expect(pageReq.size).toBe(100);
    expect(fake.count('trunkGroupSearchAssigned')).toBe(0); // trunkGroup { name } needs no call
  });

  it('caps a /tnDetail batch at 100 TNs', async () => {
    const fake = createFake();
    const tns = Array.from({ length: 150 }, (_, i) => tnOf(i));
    tns.forEach((tn) => fake.records.set(tn, tnRecord(tn)));
    const query = `{ ${tns.map((tn, i) => `n${i}: telephoneNumber(tn: "${tn}") { tn }`).join(' ')} }`;
    const result = await run(depsFor(fake), query);
    expect(result.errors).toBeUndefined();
    expect(fake.count('tnDetail')).toBe(2);
    expect((fake.calls.tnDetail![0]![0] as { criteria: unknown[] }).criteria.length).toBe(100);
    expect((fake.calls.tnDetail![1]![0] as { criteria: unknown[] }).criteria.length).toBe(50);
  });

  it('reads through the shared ReadCache and only batches misses', async () => {
    const fake = createFake();
    ['3125550100', '3125550101', '3125550102'].forEach((tn) => fake.records.set(tn, tnRecord(tn)));
    const deps = depsFor(fake);
    await run(deps, `{ a: telephoneNumber(tn: "3125550100") { tn } }`);
    expect(fake.count('tnDetail')).toBe(1);
    const second = await run(deps, `{ a: telephoneNumber(tn: "3125550100") { tn } b: telephoneNumber(tn: "3125550101") { tn } }`);
    expect(second.errors).toBeUndefined();
    expect(fake.count('tnDetail')).toBe(2);
    expect((fake.calls.tnDetail![1]![0] as { criteria: unknown[] }).criteria).toEqual([{ tnMask: '3125550101' }]);
  });

  it('one /trunkGroupSearchAssigned per request however many trunk-group lookups', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake, { cacheTtlMs: { trunkGroups: 0 } }), `{ trunkGroups { name assigned } a: trunkGroup(name: "CHCGIL24CL1_897") { name } b: trunkGroup(name: "nope") { name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.trunkGroups).toHaveLength(2);
    expect(result.data.a).toEqual({ name: 'CHCGIL24CL1_897' });
    expect(result.data.b).toBeNull();
    expect(fake.count('trunkGroupSearchAssigned')).toBe(1);
  });

  it('a mutation invalidates the numbers it touched and the payload re-reads them', async () => {
    const fake = createFake({
      numbers: {
        tnNoteUpdate: async ({ items }) => {
          for (const { tn, tnNote } of items) fake.records.set(tn, { ...tnRecord(tn), note: tnNote });
          return [];
        },
      },
    });
    fake.records.set('3125550100', tnRecord('3125550100'));
    const deps = depsFor(fake);
    await run(deps, `{ telephoneNumber(tn: "3125550100") { note } }`);
    const result = await run(
      deps,
      `mutation { updateTelephoneNumberNote(input: { numbers: [{ tn: "3125550100", note: "hello" }] }) { userErrors { code } numbers { tn note } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.updateTelephoneNumberNote!.numbers).toEqual([{ tn: '3125550100', note: 'hello' }]);
    const after = await run(deps, `{ telephoneNumber(tn: "3125550100") { note hasPortOutPin } }`);
    expect(after.data.telephoneNumber).toEqual({ note: 'hello', hasPortOutPin: true });
    // The port-out PIN never reaches the shared cache.
    const [cached] = await deps.cache.getMany<{ portOutPin?: string }>('tn', ['3125550100']);
    expect(cached?.portOutPin).toBe('[set]');
  });

  it('orders of a number: one /orderList per distinct TN', async () => {
    const fake = createFake();
    fake.records.set('3125550100', tnRecord('3125550100'));
    fake.orders.set('1', orderDetail('1', ['3125550100']));
    const result = await run(depsFor(fake), `{ a: telephoneNumber(tn: "3125550100") { orders { totalCount nodes { id type product } } } b: telephoneNumber(tn: "3125550100") { orders { totalCount } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.a.orders.nodes).toEqual([{ id: '1', type: 'NEW', product: 'TELEPHONE_NUMBER' }]);
    expect(fake.count('orderList')).toBe(1);
  });

  it('runs single-key reads (/orderDetail) at most singleKeyConcurrency at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    const fake = createFake({
      orders: {
        orderDetail: async (ref) => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight -= 1;
          const id = 'orderId' in ref ? ref.orderId : '';
          return orderDetail(id, []);
        },
      },
    });
    for (let i = 0; i < 20; i++) fake.orders.set(String(2000 + i), orderDetail(String(2000 + i), []));
    const result = await run(depsFor(fake, { singleKeyConcurrency: 3 }), `{ orders(first: 20) { nodes { id lines { tn } } } }`);
    expect(result.errors).toBeUndefined();
    expect(fake.count('orderDetail')).toBe(20);
    expect(peak).toBe(3);
  });
});
