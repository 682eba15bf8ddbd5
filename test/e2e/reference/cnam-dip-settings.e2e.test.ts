/**
 * End-to-end: cnamDipSettings (/tnFeatureCnamDip), the layout's worked example.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

interface Setting {
  tn: string;
  enabled: boolean | null;
  telephoneNumber?: { tn: string; features: { callerId: { cnamDip: boolean | null } | null } } | null;
}

describe('cnamDipSettings', () => {
  it('reads a page in one /tnFeatureCnamDip call, and each number links to its record through one batched /tnDetail', async () => {
    await stack.control.clearCalls();
    const data = ok(
      await stack.gql(`{ cnamDipSettings(first: 20) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { tn enabled telephoneNumber { tn features { callerId { cnamDip } } } }
      } }`),
    );
    const connection = data.cnamDipSettings as { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Setting[] };
    expect(connection.nodes).toHaveLength(20);
    expect(connection.totalCount).toBeGreaterThan(20);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    // The list and the number's own record agree.
    for (const s of connection.nodes) expect(s.telephoneNumber?.features.callerId?.cnamDip).toBe(s.enabled);
    const calls = await stack.control.servicesCalls();
    expect(calls.filter((c) => c.operation === 'tnFeatureCnamDip')).toHaveLength(1);
    expect(calls.filter((c) => c.operation === 'tnDetail')).toHaveLength(1);
    expect(calls.find((c) => c.operation === 'tnFeatureCnamDip')?.body?.pageSort).toEqual({
      property: 'tn',
      direction: 'asc',
      page: 1,
      size: 20,
    });
  });

  it('continues after a cursor, sorted as asked, without repeating numbers', async () => {
    const first = ok(
      await stack.gql(`{ cnamDipSettings(first: 5, sort: { field: TN, direction: DESC }) { nodes { tn } pageInfo { endCursor } } }`),
    );
    const page1 = first.cnamDipSettings as { nodes: { tn: string }[]; pageInfo: { endCursor: string } };
    const second = ok(
      await stack.gql(
        `query($after: String) { cnamDipSettings(first: 5, after: $after, sort: { field: TN, direction: DESC }) { nodes { tn } } }`,
        {
          after: page1.pageInfo.endCursor,
        },
      ),
    );
    const tns = [...page1.nodes, ...(second.cnamDipSettings as { nodes: { tn: string }[] }).nodes].map((n) => n.tn);
    expect(tns).toHaveLength(10);
    expect([...tns].sort().reverse()).toEqual(tns);
  });

  it('shows a feature change made through the graph', async () => {
    const before = ok(await stack.gql(`{ cnamDipSettings(first: 1) { nodes { tn enabled } } }`));
    const { tn, enabled } = (before.cnamDipSettings as { nodes: Setting[] }).nodes[0]!;
    const changed = ok(
      await stack.gql(
        `mutation($tn: TN!, $dip: Boolean) { updateTelephoneNumberFeatures(input: { numbers: [{ tn: $tn, features: { callerId: { cnamDip: $dip } } }] }) { userErrors { message } } }`,
        { tn, dip: !enabled },
      ),
    );
    expect((changed.updateTelephoneNumberFeatures as { userErrors: unknown[] }).userErrors).toEqual([]);
    await stack.control.advance(60_000);
    const after = ok(await stack.gql(`{ cnamDipSettings(first: 1) { nodes { tn enabled } } }`));
    expect((after.cnamDipSettings as { nodes: Setting[] }).nodes[0]).toEqual({ tn, enabled: !enabled });
  });

  it('refuses a page larger than the maximum before any call', async () => {
    await stack.control.clearCalls();
    const res = await stack.gql(`{ cnamDipSettings(first: 501) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.control.servicesCalls()).filter((c) => c.operation === 'tnFeatureCnamDip')).toHaveLength(0);
  });
});
