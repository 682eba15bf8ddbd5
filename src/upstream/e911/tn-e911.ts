/**
 * /tnE911 (L3249): provision, update or remove E911 on one TN, synchronously (write). The request
 * names the address streetNum/streetInfo/…; the answer echoes them as orig* and adds provisioned*.
 * A 409 "Invalid Address" is an error envelope: the caller sees a REJECTED UpstreamError.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { count, record, text } from '../wire/schema.js';
import { addressFields, type E911AddressValues } from './address.js';

export type TnE911Input = { tn: Tn; address: E911AddressValues } | { tn: Tn; remove: true };

export interface ProvisionedE911 {
  /** 0 valid as sent, 1 corrected; undefined after a removal. */
  result: number | undefined;
  message: string | undefined;
  /** The address as provisioned (provisioned*); undefined after a removal. */
  address: E911AddressValues | undefined;
}

const answer = record({
  name: text,
  provisionMsg: text,
  provisionResult: count,
  provisionedStreetNum: text,
  provisionedStreetInfo: text,
  provisionedLocation: text,
  provisionedCity: text,
  provisionedState: text,
  provisionedPostalCode: text,
  provisionedPostalCodePlusFour: text,
});

export const tnE911 = defineOperation({
  name: 'tnE911',
  kind: 'write',
  request: (input: TnE911Input) =>
    'remove' in input
      ? { tn: inputTn('tnE911', input.tn), removeE911: 'Y' }
      : { tn: inputTn('tnE911', input.tn), ...addressFields('tnE911', input.address, { name: true, plusFour: true }) },
  response: record({ tnE911Response: answer }),
  map: ({ tnE911Response: w }): ProvisionedE911 => ({
    result: w.provisionResult,
    message: w.provisionMsg,
    address:
      w.provisionedStreetNum === undefined && w.provisionedStreetInfo === undefined
        ? undefined
        : {
            name: w.name,
            streetNumber: w.provisionedStreetNum ?? '',
            street: w.provisionedStreetInfo ?? '',
            location: w.provisionedLocation,
            city: w.provisionedCity ?? '',
            state: w.provisionedState ?? '',
            postalCode: w.provisionedPostalCode ?? '',
            postalCodePlusFour: w.provisionedPostalCodePlusFour,
          },
  }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
