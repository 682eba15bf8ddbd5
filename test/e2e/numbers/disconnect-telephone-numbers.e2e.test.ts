/**
 * End-to-end: disconnectTelephoneNumbers (/tnDisconnect).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { DisconnectTelephoneNumbersDocument, TelephoneNumberDocument, TrunkGroupNumbersDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

describe('number changes', () => {
  it('disconnectTelephoneNumbers: PENDING_DISCONNECT, then gone once the order closes', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber?.status).toBe('IN_SERVICE');

    const data = ok(
      await stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'BYE1', tns: ['7735162004'] } }),
    ).disconnectTelephoneNumbers!;
    expect(data.userErrors).toEqual([]);
    expect(data.order).toMatchObject({ id: data.orderId, type: 'DISCONNECT', status: 'INCOMPLETE', customerOrderReference: 'BYE1' });
    expect(data.numbers).toEqual([{ tn: '7735162004', status: 'PENDING_DISCONNECT' }]);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber?.status).toBe('PENDING_DISCONNECT');

    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber).toBeNull();
    const group = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_897', first: 100 })).trunkGroup!;
    expect(group.telephoneNumbers!.nodes.map((n) => n.tn)).not.toContain('7735162004');
  });
});

describe('orders the carrier validates in the background (more than 100 numbers)', () => {
  // 3125550100-3125550200: not in the sandbox's inventory, not on the account.
  const tns101 = Array.from({ length: 101 }, (_, i) => String(3125550100 + i));

  it('disconnectTelephoneNumbers of 101 numbers is validationPending too; 100 numbers are validated at once', async () => {
    const big = ok(await stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: tns101 } })).disconnectTelephoneNumbers!;
    expect(big).toMatchObject({ validationPending: true, completedSynchronously: false, excludedNumbers: [], userErrors: [] });
    expect(big.orderId).toMatch(/^\d+$/);

    const small = ok(
      await stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: tns101.slice(0, 100) } }),
    ).disconnectTelephoneNumbers!;
    expect(small.validationPending).toBe(false);
    expect(small.completedSynchronously).toBe(false);
    expect(small.excludedNumbers).toHaveLength(100);
    expect(small.userErrors[99]).toMatchObject({ path: ['input', 'tns', '99'], code: 'EXCLUDED' });
  });
});
