/**
 * End-to-end: assignedTelephoneNumbers (/tnAssignedList).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('assignedTelephoneNumbers', () => {
  it('lists every assigned number in one /tnAssignedList call, and reads full records in /tnDetail batches of 100', async () => {
    await stack.control.clearCalls();
    const data = ok(
      await stack.gql(
        `{ assignedTelephoneNumbers(first: 500) { totalCount nodes { tn status telephoneNumber { tn trunkGroup { name } } } } }`,
      ),
    );
    const assigned = data.assignedTelephoneNumbers.nodes as {
      tn: string;
      status: string;
      telephoneNumber: { tn: string; trunkGroup: { name: string } };
    }[];
    expect(assigned.length).toBe(242);
    expect(assigned.every((n) => n.status === 'IN_SERVICE' && n.telephoneNumber.tn === n.tn && n.telephoneNumber.trunkGroup.name)).toBe(
      true,
    );
    const calls = await stack.control.servicesCalls();
    expect(calls.filter((c) => c.operation === 'tnAssignedList')).toHaveLength(1);
    expect(calls.filter((c) => c.operation === 'tnDetail')).toHaveLength(Math.ceil(242 / 100));
  });

  it('filters by status, e.g. the numbers a disconnect left pending', async () => {
    ok(await stack.gql(`mutation { disconnectTelephoneNumbers(input: { tns: ["3123489654"] }) { orderId } }`));
    const data = ok(await stack.gql(`{ assignedTelephoneNumbers(status: PENDING_DISCONNECT) { nodes { tn status } } }`));
    expect(data.assignedTelephoneNumbers.nodes).toEqual([{ tn: '3123489654', status: 'PENDING_DISCONNECT' }]);
  });
});
