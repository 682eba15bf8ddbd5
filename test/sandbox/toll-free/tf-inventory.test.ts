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

const tns = (r: Record<string, any>) => (r['tfList']?.['tfItem'] ?? []).map((i: { tn: number }) => i.tn);

describe('tfInventory', () => {
  it("finds numbers by mask in the guide's shape (tn a number, cic a comma-separated string)", async () => {
    const r = await h.call('tfInventory', { tnMask: '800xxxxxxx', sequential: false, quantity: 5 });
    expect(r['tfList']['tfItem'][0]).toEqual({ tn: 8003569377, respOrgPrefix: 'QYR01', cic: '0913,0555,5102,2121' });
    expect(r['tfList']['tfItem']).toHaveLength(5);
  });

  it('translates vanity letters, ? and *, trims the leading space of the guide example, and & repeats a digit', async () => {
    expect(tns(await h.call('tfInventory', { tnWildcard: '844CALL***', quantity: 1 }))).toEqual([8442255030]);
    expect(tns(await h.call('tfInventory', { tnWildcard: '844CALLNOW', quantity: 5 }))).toEqual([8442255669]);
    expect(tns(await h.call('tfInventory', { tnWildcard: ' 8*FLOWERS', quantity: 5 }))).toEqual([8003569377, 8553569377]);
    expect(tns(await h.call('tfInventory', { tnWildcard: '877&&&&&&&', quantity: 5 }))).toEqual([8777777777]);
  });

  it('tnMask wins over tnWildcard; sequential gives a consecutive run', async () => {
    expect(tns(await h.call('tfInventory', { tnMask: '8553569377', tnWildcard: '844CALLNOW', quantity: 1 }))).toEqual([8553569377]);
    const run = tns(await h.call('tfInventory', { tnMask: '800623xxxx', sequential: true, quantity: 3 }));
    expect(run).toEqual([8006231980, 8006231981, 8006231982]);
  });

  it('refuses quantities over 1000 (10 when sequential), bad patterns, and a missing pattern', async () => {
    expect(await h.call('tfInventory', { tnMask: '800xxxxxxx', quantity: 1001 })).toEqual({
      status: 'Invalid Input Parameters: quantity must be from 1 to 1000',
      statusCode: '416',
    });
    expect((await h.call('tfInventory', { tnMask: '800xxxxxxx', quantity: 11, sequential: true }))['statusCode']).toBe('416');
    expect((await h.call('tfInventory', { tnWildcard: '8*00*1', quantity: 1 }))['status']).toContain('* only once or contiguously');
    expect(await h.call('tfInventory', { quantity: 1 })).toEqual({ status: 'Fields are Required: tnMask', statusCode: '414' });
    expect(await h.call('tfInventory', { tnMask: '833xxxxxxx', quantity: 1 })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfInventory', { tnMask: '800xxxxxxx', quantity: 1, npa: '800' });
  });
});
