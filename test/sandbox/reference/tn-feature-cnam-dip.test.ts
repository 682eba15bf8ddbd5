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

describe('tnFeatureCnamDip', () => {
  it("answers the guide's shape: string TNs, Y/N, string page fields and a searchId", async () => {
    const r: J = await h.call('tnFeatureCnamDip', { pageSort: { size: 1, page: 1 } });
    expect(r.status).toBe('Success');
    expect(r.statusCode).toBe('200');
    expect(r.tnFeatureCnamDipList).toHaveLength(1);
    expect(r.tnFeatureCnamDipList[0]).toEqual({ tn: expect.stringMatching(/^\d{10}$/), cnamDip: expect.stringMatching(/^[YN]$/) });
    expect(r).toMatchObject({ page: '1', totalPages: expect.any(String), totalItems: expect.any(String), searchId: expect.any(String) });
    expect(Number(r.totalPages)).toBe(Number(r.totalItems));
  });

  it('lists every In Service number once, sorted by tn, and pages through them', async () => {
    const all: J = await h.call('tnFeatureCnamDip', { pageSort: { size: 10000 } });
    const tns = (all.tnFeatureCnamDipList as J[]).map((i) => i.tn as string);
    expect(tns.length).toBe(Number(all.totalItems));
    expect([...tns].sort()).toEqual(tns);
    expect(new Set(tns).size).toBe(tns.length);
    expect((all.tnFeatureCnamDipList as J[]).some((i) => i.cnamDip === 'Y')).toBe(true);
    const second: J = await h.call('tnFeatureCnamDip', { pageSort: { size: 5, page: 2 } });
    expect((second.tnFeatureCnamDipList as J[]).map((i) => i.tn)).toEqual(tns.slice(5, 10));
  });

  it("sorts descending by the guide's properties and refuses others", async () => {
    const desc: J = await h.call('tnFeatureCnamDip', { pageSort: { size: 3, direction: 'desc' } });
    const tns = (desc.tnFeatureCnamDipList as J[]).map((i) => i.tn as string);
    expect([...tns].sort().reverse()).toEqual(tns);
    const byState: J = await h.call('tnFeatureCnamDip', { pageSort: { size: 3, property: 'state' } });
    expect(byState.statusCode).toBe('200');
    const bad: J = await h.call('tnFeatureCnamDip', { pageSort: { property: 'callingName' } });
    expect(bad).toEqual({
      statusCode: '416',
      status: 'Invalid Input Parameters: pageSort.property must be one of tn, rateCenter, lata, state',
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnFeatureCnamDip', { tnMask: '312xxxxxxx' });
    await expectUnrecognized(h, 'tnFeatureCnamDip', { pageSort: { size: 1, order: 'tn' } });
  });
});
