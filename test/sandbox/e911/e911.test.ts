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

const TN = '3123489651';
const VALID = {
  name: 'James Holden',
  streetNum: '550',
  streetInfo: 'W Adams St',
  location: '9th floor',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60661',
  postalCodePlusFour: '3665',
};
const detailE911 = async (tn: string) =>
  (await h.call('tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: tn }] } }))['tnList']?.['tnItem']?.[0]?.['tnFeature']?.['e911'];

describe('/addressValidate and /tnE911Validate (deterministic)', () => {
  it("answers the guide's three results as 200s", async () => {
    expect(
      await h.call('addressValidate', { streetNum: '550', streetInfo: 'W Adams St', city: 'Chicago', state: 'IL', postalCode: '60661' }),
    ).toEqual({
      status: 'Success',
      statusCode: '200',
      addressValidateResponse: {
        validationResult: 0,
        validationMsg: 'Valid address',
        correctedStreetNum: '550',
        correctedStreetInfo: 'W Adams St',
        correctedCity: 'Chicago',
        correctedState: 'IL',
        correctedPostalCode: '60661',
      },
    });
    expect(
      await h.call('addressValidate', { streetNum: '550', streetInfo: 'W Adams', city: 'Chicago', state: 'IL', postalCode: '60601' }),
    ).toEqual({
      status: 'Success',
      statusCode: '200',
      addressValidateResponse: {
        validationResult: 1,
        validationMsg: 'Corrected to valid address|Corrected ZIP Code|Changed address component',
        correctedStreetNum: '550',
        correctedStreetInfo: 'W Adams St',
        correctedCity: 'Chicago',
        correctedState: 'IL',
        correctedPostalCode: '60661',
      },
    });
    const invalid = await h.call('addressValidate', {
      streetNum: '318',
      streetInfo: '28th',
      city: 'Tucson',
      state: 'AZ',
      postalCode: '85713',
    });
    expect(invalid['addressValidateResponse']).toEqual({
      validationResult: 2,
      validationMsg: 'Invalid address - no correction found|Multiple addresses found (may be missing pre-directional)',
      candidateAddressList: [
        {
          streetNum: '318',
          streetInfo: 'W 28th St',
          city: 'Tucson',
          state: 'AZ',
          postalCode: '85713',
          postalCodePlusFour: '2848',
          country: 'USA',
        },
        {
          streetNum: '318',
          streetInfo: 'E 28th St',
          city: 'Tucson',
          state: 'AZ',
          postalCode: '85713',
          postalCodePlusFour: '2942',
          country: 'USA',
        },
      ],
    });
  });

  it('/tnE911Validate echoes the fields sent and requires name', async () => {
    const r = await h.call('tnE911Validate', {
      tn: '3123488246',
      name: 'Test User',
      streetNum: '550',
      streetInfo: 'W Adams St',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
    });
    expect(r['tnE911ValidateResponse']).toMatchObject({
      tn: '3123488246',
      name: 'Test User',
      location: '',
      validationResult: 0,
      validationMsg: 'Valid address',
    });
    expect(await h.call('tnE911Validate', { tn: '3123488246', streetNum: '550' })).toEqual({
      status: 'Fields are Required: name',
      statusCode: '414',
    });
  });

  it('refuses postalCodePlusFour on /tnE911Validate (not in its table) and unknown fields on /addressValidate', async () => {
    await expectUnrecognized(h, 'tnE911Validate', { tn: '3123488246', ...VALID });
    await expectUnrecognized(h, 'addressValidate', { streetNum: '550', name: 'x' });
  });
});

describe('/tnE911', () => {
  it('provisions a valid address; /tnDetail shows it under the orig* names', async () => {
    const r = await h.call('tnE911', { tn: TN, ...VALID });
    expect(r).toEqual({
      status: 'Success',
      statusCode: '200',
      tnE911Response: {
        tn: TN,
        name: 'James Holden',
        origStreetNum: '550',
        origStreetInfo: 'W Adams St',
        origLocation: '9th floor',
        origCity: 'Chicago',
        origState: 'IL',
        origPostalCode: '60661',
        origPostalCodePlusFour: '3665',
        provisionMsg: 'VALID',
        provisionResult: 0,
        provisionedStreetNum: '550',
        provisionedStreetInfo: 'W Adams St',
        provisionedLocation: '9th floor',
        provisionedCity: 'Chicago',
        provisionedState: 'IL',
        provisionedPostalCode: '60661',
        provisionedPostalCodePlusFour: '3665',
      },
    });
    expect(await detailE911(TN)).toMatchObject({ name: 'James Holden', origStreetInfo: 'W Adams St', origPostalCode: '60661' });
  });

  it('provisions a corrected address as corrected', async () => {
    const r = await h.call('tnE911', { tn: TN, ...VALID, streetInfo: 'Adams' });
    expect(r['tnE911Response']).toMatchObject({
      origStreetInfo: 'Adams',
      provisionMsg: 'CORRECTED',
      provisionResult: 1,
      provisionedStreetInfo: 'W Adams St',
    });
  });

  it("answers the guide's 409 Invalid Address with provisionMsg and result 2", async () => {
    expect(await h.call('tnE911', { tn: '3123488244', ...VALID })).toEqual({
      status: 'Invalid TN submitted:[3123488244]',
      statusCode: '409',
    });
    expect(
      await h.call('tnE911', { tn: TN, ...VALID, streetNum: '55012345', streetInfo: 'Adams', postalCode: '60601', postalCodePlusFour: '' }),
    ).toEqual({
      status: 'Invalid Address',
      statusCode: '409',
      tnE911Response: {
        provisionMsg: `${TN} Invalid address, ${TN} Validation result: 2 Message: Invalid address - no correction found`,
        provisionResult: 2,
      },
    });
  });

  it('removes with removeE911 Y and answers an empty tnE911Response', async () => {
    await h.call('tnE911', { tn: TN, ...VALID });
    expect(await h.call('tnE911', { tn: TN, removeE911: 'Y' })).toEqual({ status: 'Success', statusCode: '200', tnE911Response: {} });
    expect(await detailE911(TN)).toEqual({});
  });

  it("refuses the guide's 'Bad' example (tN, name1) with 400", async () => {
    const { tn: _tn, name: _name, ...rest } = { tn: TN, ...VALID };
    await expectUnrecognized(h, 'tnE911', { tN: TN, name1: 'James Holden', ...rest });
  });
});
