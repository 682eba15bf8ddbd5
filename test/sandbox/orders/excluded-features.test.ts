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

const featureOrder = (tnItem: J[], extra: J = {}) => h.call('tnFeatureOrder', { tnFeatureOrder: { ...extra, tnList: { tnItem } } });
/** An address whose postal code is not the Chicago rate center's: it cannot be validated. */
const BAD_ADDRESS = {
  name: 'Hope Trope',
  origStreetNum: '550',
  origStreetInfo: 'W Adams St',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '99999',
};
const NOT_VALIDATED =
  'The address given could not be validated.|Please verify that the provided address is correct.|Multiple addresses found (may be missing pre-directional)';

describe('excludedFeatureList and excludedE911Detail', () => {
  it('list the features an order could not provision once it is validated, in the guide shapes (tn a number, then a string)', async () => {
    const r = await featureOrder([{ tn: 3124795862, tnFeature: { e911: BAD_ADDRESS } }], { customerOrderReference: 'E911BAD' });
    // Still Incomplete: nothing provisioned, nothing excluded yet.
    expect(await h.call('excludedFeatureList', { orderId: Number(r.orderId) })).toEqual({ status: 'No Results found', statusCode: '430' });
    await h.advance(13_000);
    expect(await h.call('excludedFeatureList', { customerOrderReference: 'E911BAD' })).toEqual({
      status: 'Success',
      statusCode: '200',
      excludedFeatureList: { excludedFeatureItem: [{ tn: 3124795862, excludedReason: NOT_VALIDATED }] },
    });
    const e911 = await h.call('excludedE911Detail', { orderId: r.orderId });
    expect(e911.excludedE911Detail.excludedFeatureItem).toEqual([
      {
        tn: '3124795862',
        ...BAD_ADDRESS,
        origLocation: '',
        origPostalCodePlusFour: '',
        excludedReason: NOT_VALIDATED,
        insertDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        displayName: 'api_user',
      },
    ]);
  });

  it('answer 430 for an order without exclusions or an unknown order, 414 without a key, 400 for an unknown field', async () => {
    expect(await h.call('excludedFeatureList', { orderId: 1025000 })).toEqual({ status: 'No Results found', statusCode: '430' });
    expect(await h.call('excludedE911Detail', { orderId: 1 })).toEqual({ status: 'No Results found', statusCode: '430' });
    expect(await h.call('excludedE911Detail', {})).toEqual({
      status: 'Fields are Required: orderId or customerOrderReference',
      statusCode: '414',
    });
    await expectUnrecognized(h, 'excludedFeatureList', { orderId: 1025000, tn: '3124795862' });
    await expectUnrecognized(h, 'excludedE911Detail', { orderId: 1025000, tn: '3124795862' });
  });
});
