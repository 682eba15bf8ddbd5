import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';
import { FOREIGN } from './port-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

describe('tnCsrLookup', () => {
  it('answers a record with csrLookupResult 0 and "Success" (guide example 2 types)', async () => {
    const r = await h.call('tnCsrLookup', { tn: '0000000000' });
    expect(r).toMatchObject({ status: 'Success', statusCode: '200' });
    expect(r.tnCsrLookupResponse).toMatchObject({
      tn: '0000000000',
      csrLookupMsg: 'Success',
      csrLookupResult: 0,
      typeOfService: 'B',
      numOfTnLines: 1,
    });
    const other = await h.call('tnCsrLookup', { tn: FOREIGN[0], accountNum: '12345' });
    expect(other.tnCsrLookupResponse).toMatchObject({ tn: FOREIGN[0], atn: FOREIGN[0], csrLookupResult: 0, endUser: 'Inteliquent' });
  });

  it('fails inside a 200 answer as the guide examples 3 and 4 do', async () => {
    expect((await h.call('tnCsrLookup', { tn: '1111111111' })).tnCsrLookupResponse).toMatchObject({
      tn: '1111111111',
      accountNum: '',
      csrLookupMsg: 'Failure: Carrier did not respond with valid CSR',
      csrLookupResult: 1,
    });
    const r = await h.call('tnCsrLookup', { tn: '2222222222' });
    expect(r.statusCode).toBe('200');
    expect(r.tnCsrLookupResponse.csrLookupMsg).toBe('Failure: Carrier does not support automated CSR lookups');
  });

  it('requires tn when accountNum is sent, and refuses unknown fields', async () => {
    expect(await h.call('tnCsrLookup', { accountNum: '12345' })).toEqual({ status: 'Fields are Required: tn', statusCode: '414' });
    expect((await h.call('tnCsrLookup', { atn: FOREIGN[1] })).tnCsrLookupResponse.tn).toBe(FOREIGN[1]);
    await expectUnrecognized(h, 'tnCsrLookup', { tn: FOREIGN[0], zip: '60661' });
  });
});
