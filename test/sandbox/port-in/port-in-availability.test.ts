import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items } from '../helpers.js';
import { choose, FOREIGN } from './port-fixtures.js';

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

describe('portInAvailability', () => {
  it('answers every number keyed by telephoneNumber (a string), with carrier and LRN when asked', async () => {
    await choose(h, [FOREIGN[0]!], { losingCarrier: 'Level 3- SVR:8824/1' });
    const r = await h.call('portInAvailability', { returnServiceProviderName: true, ...items(FOREIGN.slice(0, 2).map(Number)) });
    expect(r.status).toBe('Success');
    expect(r.statusCode).toBe('200');
    expect(r.serviceAvailable).toHaveLength(2);
    expect(r.serviceAvailable[0]).toEqual({
      telephoneNumber: FOREIGN[0],
      isPortable: true,
      serviceProviderName: 'Level 3- SVR:8824/1',
      localRoutingNumber: expect.stringMatching(/^312957\d{4}$/),
      rateCenterTier: expect.any(String),
      notPortableReason: '',
    });
    const plain = await h.call('portInAvailability', items([FOREIGN[0]!]));
    expect(plain.serviceAvailable[0]).toMatchObject({ isPortable: true, serviceProviderName: '', localRoutingNumber: '' });
  });

  it('says why a number is not portable: chosen through the control API, or already on the account', async () => {
    await choose(h, [FOREIGN[1]!], { portable: false, notPortableReason: 'TN inactive/disconnected' });
    const assigned = '3123489651'; // seeded on the account (sandbox reference data)
    expect(await h.detail(assigned)).toBeDefined();
    const r = await h.call('portInAvailability', items([FOREIGN[1]!, assigned]));
    expect(r.serviceAvailable.map((s: { isPortable: boolean; notPortableReason: string }) => [s.isPortable, s.notPortableReason])).toEqual([
      [false, 'TN inactive/disconnected'],
      [false, 'TN is already assigned to your account'],
    ]);
  });

  it('refuses wireless on an account without wireless: 414 "Wireless not allowed for Customer" (guide example 2)', async () => {
    expect(await h.call('portInAvailability', { returnServiceProviderName: true, wireless: 'Y', ...items([3348789203]) })).toEqual({
      status: 'Wireless not allowed for Customer',
      statusCode: '414',
    });
  });

  it('requires tnList.tnItem, reads ten-digit numbers, and refuses unknown fields', async () => {
    expect(await h.call('portInAvailability', {})).toEqual({ status: 'Fields are Required: tnList.tnItem', statusCode: '414' });
    expect((await h.call('portInAvailability', items(['12345']))).statusCode).toBe('416');
    await expectUnrecognized(h, 'portInAvailability', { ...items([FOREIGN[0]!]), onNet: 'Y' });
    await expectUnrecognized(h, 'portInAvailability', items([FOREIGN[0]!], { wireless: 'Y' }));
  });
});
