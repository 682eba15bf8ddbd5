import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

const itemsOf = (r: Record<string, any>) => r.tnFeatureList.tnFeatureItem as Record<string, unknown>[];

describe.each(['tnFeatureCnamList', 'tnFeatureE911List', 'tnFeatureMessageList'])('%s', (op) => {
  it('pages the list in number order with the page fields as strings and tn as a JSON number', async () => {
    const r = await h.call(op, { pageSort: { size: 2, page: 1 } });
    expect(r).toMatchObject({ status: 'Success', statusCode: '200', page: '1', totalItems: expect.stringMatching(/^\d+$/) });
    const items = itemsOf(r);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => typeof i['tn'] === 'number')).toBe(true);
    expect(items.map((i) => String(i['tn']))).toEqual(items.map((i) => String(i['tn'])).sort());
  });

  it('refuses an unknown sort property (416) and an unknown field (400)', async () => {
    expect((await h.call(op, { pageSort: { property: 'name' } })).statusCode).toBe('416');
    await expectUnrecognized(h, op, { tn: 3123489651 });
  });
});

describe('tnFeatureE911List', () => {
  it("narrows to one number with a full tnMask, orig* filled and enh* blank as in the guide's example", async () => {
    const all = itemsOf(await h.call('tnFeatureE911List', { pageSort: { size: 1 } }));
    const tn = String(all[0]!['tn']);
    const one = itemsOf(await h.call('tnFeatureE911List', { tnMask: tn }));
    expect(one).toEqual([expect.objectContaining({ tn: Number(tn), origCity: expect.any(String), enhStreetNum: '', enhPostalCode: '' })]);
    expect((await h.call('tnFeatureE911List', { tnMask: '312' })).status).toBe(
      'Invalid Input Parameters: tnMask must be exactly 10 characters of 0-9, x, X or space',
    );
  });
});

describe('tnFeatureDLList', () => {
  it('lists every listed number at once, with no page fields', async () => {
    const r = await h.call('tnFeatureDLList');
    expect(r).toMatchObject({ status: 'Success', statusCode: '200' });
    expect(r.page).toBeUndefined();
    expect(itemsOf(r)[0]).toEqual(
      expect.objectContaining({ tn: expect.any(Number), lastName: expect.any(String), city: expect.any(String) }),
    );
    await expectUnrecognized(h, 'tnFeatureDLList', { pageSort: { size: 1 } });
  });
});
