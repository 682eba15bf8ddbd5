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

describe('rateCenterCoverage', () => {
  it('lists every rate center with Y/N approvals, as the guide shapes it', async () => {
    const r = await h.call('rateCenterCoverage');
    expect(r).toMatchObject({ status: 'Success', statusCode: '200' });
    const list = r.rateCenterList.rateCenterItem as Record<string, string>[];
    expect(list).toContainEqual({
      lata: '358',
      rcAbbre: 'CHICAGO',
      marketName: 'CHICAGO IL',
      locState: 'IL',
      lnpApproved: 'Y',
      didApproved: 'Y',
    });
    expect(list).toContainEqual(expect.objectContaining({ rcAbbre: 'BOISE', didApproved: 'N', lnpApproved: 'Y' }));
    expect(list).toContainEqual(expect.objectContaining({ rcAbbre: 'ANCHORAGE', didApproved: 'N', lnpApproved: 'N' }));
  });

  it('answers 414 "Wireless not allowed for Customer" until the account is wireless-enabled', async () => {
    expect(await h.call('rateCenterCoverage', { wireless: 'Y' })).toEqual({
      status: 'Wireless not allowed for Customer',
      statusCode: '414',
    });
    await h.control('POST', 'account', { wirelessEnabled: true });
    const r = await h.call('rateCenterCoverage', { wireless: 'Y' });
    expect((r.rateCenterList.rateCenterItem as { rcAbbre: string }[]).map((i) => i.rcAbbre)).toContain('CHICAGO');
    expect((r.rateCenterList.rateCenterItem as { rcAbbre: string }[]).map((i) => i.rcAbbre)).not.toContain('COLFAX');
  });

  it('refuses a wireless value other than Y/N, and an unknown field', async () => {
    expect(await h.call('rateCenterCoverage', { wireless: 'maybe' })).toEqual({
      status: 'Invalid Input Parameters: wireless must be Y or N',
      statusCode: '416',
    });
    await expectUnrecognized(h, 'rateCenterCoverage', { wirelessOnly: 'Y' });
  });
});

describe('lataInventory', () => {
  it('gives the LATA of each known TN without echoing the TN', async () => {
    expect(await h.call('lataInventory', items([3344123467, '3123489651']))).toEqual({
      status: 'Success',
      statusCode: '200',
      lataList: [{ lata: '478' }, { lata: '358' }],
    });
  });

  it('answers 414 without a tnList, 416 for a malformed TN, 430 when no TN is known', async () => {
    expect(await h.call('lataInventory', {})).toEqual({ status: 'Fields are Required: tnList.tnItem', statusCode: '414' });
    expect((await h.call('lataInventory', items(['12345']))).statusCode).toBe('416');
    expect(await h.call('lataInventory', items([9999999999]))).toEqual({ status: 'No Result Found', statusCode: '430' });
    await expectUnrecognized(h, 'lataInventory', { tnList: { tnItem: [{ tn: 3344123467, npa: 334 }] } });
  });
});

describe('cicList', () => {
  it("lists the CICs, the guide's example first", async () => {
    const r = await h.call('cicList');
    expect(r).toMatchObject({ status: 'Success', statusCode: '200' });
    expect(r.cicItemList[0]).toEqual({ respOrgPrefix: 'GDG01', cic: '0913', companyName: 'Inteliquent' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'cicList', { respOrgPrefix: 'GDG01' });
  });
});
