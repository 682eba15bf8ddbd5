import { describe, expect, it } from 'vitest';
import { createFake, depsFor, run, tnRecord } from '../helpers.js';

const tnOf = (i: number) => `312555${String(1000 + i).padStart(4, '0')}`;

describe('the TelephoneNumber loader batches /tnDetail calls', () => {
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
});
