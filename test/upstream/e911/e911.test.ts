import { describe, expect, it } from 'vitest';
import { addressValidate } from '../../../src/upstream/e911/address-validate.js';
import { tnE911 } from '../../../src/upstream/e911/tn-e911.js';
import { tnE911Validate } from '../../../src/upstream/e911/tn-e911-validate.js';

const ADDRESS = {
  name: 'James Holden',
  streetNumber: '550',
  street: 'W Adams St',
  location: '9th floor',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60661',
  postalCodePlusFour: '3665',
};

describe('/tnE911 over the guide examples', () => {
  it("sends the flat request of the 'Valid' example (streetNum/streetInfo …)", () => {
    expect(tnE911.request({ tn: '3123488244', address: ADDRESS })).toEqual({
      tn: '3123488244',
      name: 'James Holden',
      streetNum: '550',
      streetInfo: 'W Adams St',
      location: '9th floor',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
      postalCodePlusFour: '3665',
    });
  });

  it('removes with removeE911 Y and reads the empty answer', () => {
    expect(tnE911.request({ tn: '3123488244', remove: true })).toEqual({ tn: '3123488244', removeE911: 'Y' });
    expect(tnE911.parse({ status: 'Success', statusCode: '200', tnE911Response: {} }, { tn: '3123488244', remove: true })).toEqual({
      result: undefined,
      message: undefined,
      address: undefined,
    });
  });

  it("reads the 'Corrected Address' example: the provisioned* address", () => {
    const body = {
      status: 'Success',
      statusCode: '200',
      tnE911Response: {
        tn: '3123488244',
        name: 'James Holden',
        origStreetNum: '550',
        origStreetInfo: 'Adams',
        origLocation: '9th floor',
        origCity: 'Chicago',
        origState: 'IL',
        origPostalCode: '60661',
        origPostalCodePlusFour: '3665',
        provisionMsg: 'CORRECTED',
        provisionResult: 1,
        provisionedStreetNum: '550',
        provisionedStreetInfo: 'W Adams St',
        provisionedLocation: '9th floor',
        provisionedCity: 'Chicago',
        provisionedState: 'IL',
        provisionedPostalCode: '60661',
        provisionedPostalCodePlusFour: '3665',
      },
    };
    expect(tnE911.parse(body, { tn: '3123488244', address: { ...ADDRESS, street: 'Adams' } })).toEqual({
      result: 1,
      message: 'CORRECTED',
      address: ADDRESS,
    });
  });
});

describe('/tnE911Validate and /addressValidate over the guide examples', () => {
  it('/tnE911Validate sends no postalCodePlusFour and reads the result-0 example, corrected* included', () => {
    const request = tnE911Validate.request({ tn: '3123488246', address: { ...ADDRESS, name: 'Test User', location: undefined } });
    expect(request).toEqual({
      tn: '3123488246',
      name: 'Test User',
      streetNum: '550',
      streetInfo: 'W Adams St',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
    });
    const body = {
      status: 'Success',
      statusCode: '200',
      tnE911ValidateResponse: {
        tn: '3123488246',
        name: 'Test User',
        streetNum: '550',
        streetInfo: 'W Adams St',
        location: '',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60661',
        validationResult: 0,
        validationMsg: 'Valid address',
        correctedStreetNum: '550',
        correctedStreetInfo: 'W Adams St',
        correctedCity: 'Chicago',
        correctedState: 'IL',
        correctedPostalCode: '60661',
      },
    };
    expect(tnE911Validate.parse(body, { tn: '3123488246', address: ADDRESS })).toEqual({
      result: 0,
      messages: ['Valid address'],
      corrected: { streetNumber: '550', street: 'W Adams St', city: 'Chicago', state: 'IL', postalCode: '60661' },
      candidates: [],
    });
  });

  it('/addressValidate sends the five address fields only and reads the result-2 candidates', () => {
    expect(
      addressValidate.request({ ...ADDRESS, streetNumber: '318', street: '28th', city: 'Tucson', state: 'AZ', postalCode: '85713' }),
    ).toEqual({
      streetNum: '318',
      streetInfo: '28th',
      city: 'Tucson',
      state: 'AZ',
      postalCode: '85713',
    });
    const body = {
      status: 'Success',
      statusCode: '200',
      addressValidateResponse: {
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
      },
    };
    const v = addressValidate.parse(body, ADDRESS);
    expect(v.result).toBe(2);
    expect(v.messages).toEqual(['Invalid address - no correction found', 'Multiple addresses found (may be missing pre-directional)']);
    expect(v.corrected).toBeUndefined();
    expect(v.candidates.map((c) => c.street)).toEqual(['W 28th St', 'E 28th St']);
    expect(v.candidates[0]).toMatchObject({ postalCodePlusFour: '2848', country: 'USA' });
  });
});
