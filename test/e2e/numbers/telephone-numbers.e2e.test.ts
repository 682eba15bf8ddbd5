/**
 * End-to-end: the telephoneNumbers connection and TrunkGroup.telephoneNumbers.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { TelephoneNumbersDocument, TrunkGroupNumbersDocument } from '../../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('telephoneNumbers connection', () => {
  it('filters by trunk group and pages with cursors (second page differs, totalCount stable)', async () => {
    const filter = { trunkGroupName: 'CHCGIL24CL1_897' };
    const first = ok(await stack.request(TelephoneNumbersDocument, { first: 10, filter })).telephoneNumbers!;
    expect(first.totalCount).toBeGreaterThan(10);
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    expect(first.pageInfo.endCursor).toBe(first.edges[9]!.cursor);
    for (const { node } of first.edges) expect(node.trunkGroupName).toBe('CHCGIL24CL1_897');

    const second = ok(
      await stack.request(TelephoneNumbersDocument, { first: 10, after: first.pageInfo.endCursor, filter }),
    ).telephoneNumbers!;
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges).toHaveLength(10);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const firstTns = first.edges.map((e) => e.node.tn);
    const secondTns = second.edges.map((e) => e.node.tn);
    expect(secondTns.filter((tn) => firstTns.includes(tn))).toEqual([]);
    for (const { node } of second.edges) expect(node.trunkGroupName).toBe('CHCGIL24CL1_897');
    // Default sort is by TN: the pages continue each other.
    expect(secondTns[0]! > firstTns[9]!).toBe(true);

    // Walking every page yields exactly totalCount distinct numbers, all on the trunk group.
    const all = new Set<string>();
    let after: string | null | undefined = null;
    for (let i = 0; i < 20; i++) {
      const page: typeof first = ok(await stack.request(TelephoneNumbersDocument, { first: 25, after, filter })).telephoneNumbers!;
      page.edges.forEach((e) => all.add(e.node.tn));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all.size).toBe(first.totalCount);
    expect(all.has('3123489651')).toBe(true);
    expect(all.has('7735162004')).toBe(true);
    expect(all.has('3123804519')).toBe(false); // on CHCGIL24CL1_898
  });

  it('a cursor can be reused (retry, refetch) and gives the same page; with other filters it is refused before any call', async () => {
    const filter = { trunkGroupName: 'CHCGIL24CL1_897' };
    const first = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter })).telephoneNumbers!;
    const after = first.pageInfo.endCursor;
    const once = ok(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter })).telephoneNumbers!;
    const twice = ok(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter })).telephoneNumbers!;
    expect(twice.edges.map((e) => e.node.tn)).toEqual(once.edges.map((e) => e.node.tn));
    // The carrier's searchId is a scroll iterator; sending it would make the replay above differ.
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.filter((c) => 'searchId' in (c.body as object))).toEqual([]);

    await withoutUpstreamCalls(stack, async () => {
      const error = onlyError(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter: { province: 'TX' } }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(error.message).toMatch(/other filters or sort/);
    });
  });

  it('filters by status and sends the filter upstream', async () => {
    const inService = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter: { status: 'IN_SERVICE' } })).telephoneNumbers!;
    expect(inService.totalCount).toBeGreaterThan(50);
    for (const { node } of inService.edges) expect(node.status).toBe('IN_SERVICE');
    const pending = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter: { status: 'PENDING' } })).telephoneNumbers!;
    expect(pending.totalCount).toBe(0);
    expect(pending.edges).toEqual([]);
    expect(pending.pageInfo.hasNextPage).toBe(false);
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.map((c) => (c.body as any).tnSearchList.tnSearchItem[0].tnStatus)).toEqual(['INSVC', 'PNDNG']);
  });

  it('TrunkGroup.telephoneNumbers lists the numbers routed to the group', async () => {
    const data = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_898', first: 100 }));
    expect(data.trunkGroup?.assigned).toBe(true);
    const tns = data.trunkGroup!.telephoneNumbers!.nodes.map((n) => n.tn);
    expect(tns).toContain('3123804519');
    expect(tns).not.toContain('3123489651');
    for (const n of data.trunkGroup!.telephoneNumbers!.nodes) expect(n.trunkGroupName).toBe('CHCGIL24CL1_898');
  });
});
