import { describe, expect, it } from 'vitest';
import { tnCsrLookup } from '../../../src/upstream/port-in/tn-csr-lookup.js';
import { CSR_1, CSR_2, CSR_FAILED } from './guide-examples.js';

describe('/tnCsrLookup', () => {
  it('sends the number and the account keys as strings', () => {
    expect(tnCsrLookup.request({ tn: '3123488246', accountNum: '12345', atn: '8009247586' })).toEqual({
      tn: '3123488246',
      accountNum: '12345',
      atn: '8009247586',
    });
  });

  it('reads example 1, whose csrLookupMsg/csrLookupResult types are swapped, as a success', () => {
    const r = tnCsrLookup.parse(CSR_1, { tn: '3123488246' });
    expect(r).toMatchObject({
      tn: '3123488246',
      succeeded: true,
      message: 'Success',
      accountNum: '12345',
      atn: '8009247586',
      endUser: 'Test User',
      locations: [
        { type: 'Ste', value: '900' },
        { type: 'Flr', value: '9' },
      ],
      typeOfService: 'BUSINESS',
      serviceLocationCount: 2,
      lineCount: 2,
      simplePort: false,
      relatedTns: ['3123488247', '3123488248'],
    });
    expect(r.streetPostDir).toBeUndefined();
    expect(tnCsrLookup.parse(CSR_2, { tn: '0000000000' })).toMatchObject({ succeeded: true, message: 'Success' });
  });

  it('reads a failed lookup inside a 200 answer', () => {
    const r = tnCsrLookup.parse(CSR_FAILED, { tn: '2222222222' });
    expect(r).toMatchObject({
      tn: '2222222222',
      succeeded: false,
      message: 'Failure: Carrier does not support automated CSR lookups',
      relatedTns: [],
    });
    expect(r.accountNum).toBeUndefined();
  });
});
