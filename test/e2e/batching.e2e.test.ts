/**
 * Upstream call counts for nested reads, from the sandbox's own call log:
 * reads the carrier takes as a list go out as one call per batch; single-key
 * reads are de-duplicated; the shared read cache serves repeats until a
 * mutation invalidates what it changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrdersWithNumbersAndTrunkGroupsDocument } from '../generated/operations.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;

beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

function searchItems(call: { body?: Record<string, any> }): string[] {
  return (call.body?.tnSearchList?.tnSearchItem ?? []).map((item: { tnMask: string }) => item.tnMask);
}

describe('a query over 50 orders → their numbers → trunk groups', () => {
  it('makes one orderList, one orderDetail per order (single-key upstream), and one tnDetail per 100 of their numbers', async () => {
    await stack.control.clearCalls();
    const res = await stack.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 50 });
    expect(res.errors).toBeUndefined();
    const orders = res.data!.orders!.edges.map((e) => e.node);
    expect(orders).toHaveLength(50);
    const tns = new Set(orders.flatMap((o) => o.numbers!.nodes.map((n) => n.tn)));
    expect(tns.size).toBeGreaterThan(100);
    for (const order of orders) for (const n of order.numbers!.nodes) expect(n.trunkGroup?.name).toMatch(/_\d+$/);

    const calls = await stack.control.servicesCalls();
    const count = (op: string) => calls.filter((c) => c.operation === op).length;
    expect(count('orderList')).toBe(1);
    expect(count('orderDetail')).toBe(50);
    expect(new Set(calls.filter((c) => c.operation === 'orderDetail').map((c) => String(c.body?.orderId))).size).toBe(50);
    // /tnDetail takes many search items: every number of the 50 orders in ⌈n/100⌉ calls, none asked twice.
    const batches = calls.filter((c) => c.operation === 'tnDetail').map(searchItems);
    expect(batches).toHaveLength(Math.ceil(tns.size / 100));
    expect(batches.every((b) => b.length <= 100)).toBe(true);
    expect(batches.flat().sort()).toEqual([...tns].sort());
    // A trunk group's name is on the number: no trunk group call at all.
    expect(count('trunkGroupSearchAssigned')).toBe(0);
    expect(calls).toHaveLength(1 + 50 + batches.length);
  });

  it('the trunk group of every number, each with its numbers: one /tnDetail search per distinct trunk group, not per number', async () => {
    await stack.control.clearCalls();
    const res = await stack.gql(
      `{ orders(first: 20) { nodes { numbers { nodes { tn trunkGroup { name telephoneNumbers(first: 5) { totalCount nodes { tn } } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const numbers = res.data!.orders.nodes.flatMap((o: { numbers: { nodes: { trunkGroup: { name: string } }[] } }) => o.numbers.nodes);
    const groups = new Set(numbers.map((n: { trunkGroup: { name: string } }) => n.trunkGroup.name));
    expect(numbers.length).toBeGreaterThan(groups.size * 3);
    const detail = await stack.control.servicesCalls('tnDetail');
    const searches = detail.filter((c) => (c.body as any).tnSearchList.tnSearchItem[0].trunkGroupName !== undefined);
    expect(searches).toHaveLength(groups.size);
    expect(detail.length - searches.length).toBe(1); // the orders' numbers, in one batch
  });

  it('serves the same query again from the read cache, all but the order list', async () => {
    await stack.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 50 });
    await stack.control.clearCalls();
    const res = await stack.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 50 });
    expect(res.data!.orders!.edges).toHaveLength(50);
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderList']);
  });

  it('splits more than 100 numbers into tnDetail batches of at most 100', async () => {
    const assigned = await stack.gql(`{ telephoneNumbers(first: 150) { nodes { tn } } }`);
    const tns: string[] = assigned.data!.telephoneNumbers!.nodes.map((n: { tn: string }) => n.tn);
    expect(tns).toHaveLength(150);
    const fresh = await startStack();
    try {
      const fields = tns.map((tn, i) => `n${i}: telephoneNumber(tn: "${tn}") { tn status }`).join('\n');
      const res = await fresh.gql(`{ ${fields} }`);
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data!).map((n: any) => n.tn)).toEqual(tns);
      const calls = await fresh.control.servicesCalls('tnDetail');
      expect(calls.map((c) => searchItems(c).length).sort((a, b) => a - b)).toEqual([50, 100]);
    } finally {
      await fresh.close();
    }
  });
});

describe('de-duplication', () => {
  it('asks upstream once for a number requested in several places of one query', async () => {
    await stack.control.clearCalls();
    const res = await stack.gql(`{
      a: telephoneNumber(tn: "3123489651") { tn trunkGroup { name } }
      b: telephoneNumber(tn: "+1 (312) 348-9651") { tn note }
      c: telephoneNumber(tn: "3123489652") { tn }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.tn).toBe('3123489651');
    expect(res.data!.b.tn).toBe('3123489651');
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.operation)).toEqual(['tnDetail']);
    expect(searchItems(calls[0]!).sort()).toEqual(['3123489651', '3123489652']);
  });

  it('reads each trunk group’s numbers with one filtered tnDetail per group, and the group list once', async () => {
    await stack.control.clearCalls();
    const res = await stack.gql(`{
      trunkGroups { name telephoneNumbers(first: 5) { totalCount nodes { tn trunkGroup { name } } } }
      again: trunkGroups { name }
    }`);
    expect(res.errors).toBeUndefined();
    const groups = res.data!.trunkGroups as { name: string; telephoneNumbers: { nodes: { tn: string; trunkGroup: { name: string } }[] } }[];
    expect(groups.length).toBe(6);
    for (const group of groups) for (const n of group.telephoneNumbers.nodes) expect(n.trunkGroup.name).toBe(group.name);
    const calls = await stack.control.servicesCalls();
    expect(calls.filter((c) => c.operation === 'trunkGroupSearchAssigned')).toHaveLength(1);
    const details = calls.filter((c) => c.operation === 'tnDetail');
    expect(details).toHaveLength(6);
    expect(details.map((c) => c.body?.tnSearchList?.tnSearchItem?.[0]?.trunkGroupName).sort()).toEqual(groups.map((g) => g.name).sort());
  });
});

describe('cache invalidation', () => {
  it('a mutation drops the cached number, so the next read shows the change', async () => {
    const read = `{ telephoneNumber(tn: "3123489653") { tn note } }`;
    await stack.gql(read);
    await stack.control.clearCalls();
    await stack.gql(read);
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(0); // cached

    const update = await stack.gql(
      `mutation { updateTelephoneNumberNote(input: { numbers: [{ tn: "3123489653", note: "reception desk" }] }) { userErrors { message } } }`,
    );
    expect(update.data!.updateTelephoneNumberNote!.userErrors).toEqual([]);
    await stack.control.clearCalls();
    const after = await stack.gql(read);
    expect(after.data!.telephoneNumber.note).toBe('reception desk');
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);
  });
});

describe('upstream call budget', () => {
  it('stops a request at MAX_UPSTREAM_CALLS_PER_REQUEST carrier calls; the fields past it fail with a clear code', async () => {
    const small = await startStack({ env: { MAX_UPSTREAM_CALLS_PER_REQUEST: '10' } });
    try {
      const res = await small.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 20 });
      expect(res.data!.orders!.edges).toHaveLength(20); // the list itself was within budget
      const codes = new Set(res.errors!.map((e) => e.extensions!.code));
      expect(codes).toEqual(new Set(['UPSTREAM_CALL_BUDGET_EXCEEDED']));
      expect(res.errors![0]!.message).toMatch(/more than 10 carrier calls/);
      expect(await small.control.servicesCalls()).toHaveLength(10);
    } finally {
      await small.close();
    }
  });
});
