/**
 * End-to-end: inventoryCoverage (/tnInventoryCoverage).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { InventoryCoverageDocument } from '../../generated/operations.js';
import { ok, onlyError } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('inventoryCoverage', () => {
  it('groups counts by rate center and by NPA-NXX, consistently', async () => {
    const byRc = ok(await stack.request(InventoryCoverageDocument, { groupBy: 'RATE_CENTER', province: 'LA' })).inventoryCoverage!;
    expect(byRc).toEqual([expect.objectContaining({ rateCenter: 'COLFAX', province: 'LA', lata: '486', count: expect.any(Number) })]);
    const colfax = byRc[0]!.count;
    expect(colfax).toBeGreaterThanOrEqual(10);

    const byNpaNxx = ok(await stack.request(InventoryCoverageDocument, { groupBy: 'NPA_NXX', province: 'LA' })).inventoryCoverage!;
    expect(byNpaNxx.map((e) => `${e.npa}${e.nxx}`).sort()).toEqual(['318407', '318627']);
    expect(byNpaNxx.reduce((sum, e) => sum + e.count, 0)).toBe(colfax);

    const calls = await stack.control.servicesCalls('tnInventoryCoverage');
    expect(calls.map((c) => c.body)).toEqual([
      expect.objectContaining({ countBy: 'rateCenter', province: 'LA' }),
      expect.objectContaining({ province: 'LA' }),
    ]);
  });

  it('rejects wireless coverage when the account is not enabled (UPSTREAM_REJECTED, 414)', async () => {
    const res = await stack.request(InventoryCoverageDocument, { wireless: true });
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({
      code: 'UPSTREAM_REJECTED',
      upstreamStatusCode: '414',
      upstreamOperation: 'tnInventoryCoverage',
    });
    expect(error.message).toMatch(/wireless/i);
    expect(error.path).toEqual(['inventoryCoverage']);

    await stack.control.account({ wirelessEnabled: true });
    const allowed = ok(await stack.request(InventoryCoverageDocument, { wireless: true }));
    expect(allowed.inventoryCoverage!.length).toBeGreaterThan(0);
  });
});
