import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items } from '../helpers.js';

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

const reserve = (list: string[]) => h.call('tnReserve', { tnReserve: items(list) });
const release = (list: string[]) => h.call('tnRelease', { tnRelease: items(list) });
const guideTns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];

describe('tnReserve', () => {
  it('partially succeeds with an excludedTnList', async () => {
    await reserve(['2015540013', '2015540300']);
    expect(await reserve(guideTns)).toEqual({
      status: 'Success',
      statusCode: '200',
      tnReserveResponse: { totalTnCount: 5, reservedTnCount: 3, excludedTnList: [{ tn: '2015540013' }, { tn: '2015540300' }] },
    });
    const assigned = await reserve(['3123489651']);
    expect(assigned.tnReserveResponse).toEqual({ totalTnCount: 1, reservedTnCount: 0, excludedTnList: [{ tn: '3123489651' }] });
  });

  it('answers 431 beyond the account maximum (default 100)', async () => {
    const many = await h.inventory('312xxxxxxx', 101);
    expect(await reserve(many)).toEqual({ status: 'Request exceeds the maximum number of reserved TNs', statusCode: '431' });
    expect((await reserve(many.slice(0, 100))).tnReserveResponse.reservedTnCount).toBe(100);
    expect((await reserve([many[100]!])).statusCode).toBe('431');
    await h.control('POST', 'account', { maxReservedTns: 3 });
    await release(many);
    expect((await reserve(guideTns)).statusCode).toBe('431');
  });

  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and reserves nothing", async () => {
    await expectUnrecognized(h, 'tnReserve', { tnReserve: items(guideTns), quantity: 5 });
    await expectUnrecognized(h, 'tnReserve', { tnReserve: items(guideTns, { tnNote: 'hold' }) });
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
  });
});
