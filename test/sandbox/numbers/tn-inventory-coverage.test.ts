import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

describe('tnInventoryCoverage', () => {
  it('counts by NPA-NXX by default', async () => {
    const r = await h.call('tnInventoryCoverage');
    const colfax = r.tnInventoryCoverageList.find((x: J) => x.npa === '318' && x.nxx === '407');
    expect(colfax).toMatchObject({ lata: '486', rcAbbre: 'COLFAX', locState: 'LA' });
    expect(typeof colfax.count).toBe('number');
    const inv = await h.call('tnInventory', { tnMask: '318407xxxx', pageSort: { size: 1 } });
    expect(String(colfax.count)).toBe(inv.totalItems);
  });

  it('groups by state, rateCenter and block and filters', async () => {
    const byState = await h.call('tnInventoryCoverage', { countBy: 'state' });
    expect(byState.tnInventoryCoverageList.map((x: J) => x.locState)).toContain('IL');
    const byRc = await h.call('tnInventoryCoverage', { countBy: 'rateCenter', province: 'IL' });
    expect(byRc.tnInventoryCoverageList.map((x: J) => x.rcAbbre).sort()).toEqual(['AURORA', 'CHICAGO', 'NAPERVILLE']);
    const sanPedro = await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO' });
    expect(sanPedro.tnInventoryCoverageList.every((x: J) => x.rcAbbre === 'SAN PEDRO' && x.locState === 'CA')).toBe(true);
    const blocks = await h.call('tnInventoryCoverage', { countBy: 'block', rateCenter: 'COLFAX' });
    const b4 = blocks.tnInventoryCoverageList.find((x: J) => x.nxx === '407' && x.block === '4');
    expect(b4.count).toBeGreaterThanOrEqual(10);
  });

  it('answers 414 for wireless when the account is not wireless-enabled', async () => {
    expect(await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO', wireless: 'Y' })).toEqual({
      status: 'Wireless not allowed for Customer',
      statusCode: '414',
    });
    await h.control('POST', 'account', { wirelessEnabled: true });
    const r = await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO', wireless: 'Y' });
    expect(r.tnInventoryCoverageList).toEqual([expect.objectContaining({ npa: '310', nxx: '832', rcAbbre: 'SAN PEDRO' })]);
  });
});

describe('tnInventoryCoverage request fields', () => {
  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnInventoryCoverage', { countBy: 'state', groupBy: 'npaNxx' });
  });

  it('accepts every field the guide documents', async () => {
    expect(
      (await h.call('tnInventoryCoverage', { countBy: 'rateCenter', rateCenter: 'COLFAX', wireless: 'N', province: 'LA' })).statusCode,
    ).toBe('200');
  });
});
