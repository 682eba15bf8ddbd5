/** /tnE911Validate (L3456): validate the E911 fields of one TN or TFN without provisioning (read: it changes nothing). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { record } from '../wire/schema.js';
import { addressFields, toValidation, validationFields, type E911AddressValues } from './address.js';

export interface TnE911ValidateInput {
  tn: Tn;
  address: E911AddressValues;
}

export const tnE911Validate = defineOperation({
  name: 'tnE911Validate',
  kind: 'read',
  // No postalCodePlusFour: the request table does not list it.
  request: ({ tn, address }: TnE911ValidateInput) => ({
    tn: inputTn('tnE911Validate', tn),
    ...addressFields('tnE911Validate', address, { name: true, plusFour: false }),
  }),
  response: record({ tnE911ValidateResponse: record(validationFields) }),
  map: (wire) => toValidation(wire.tnE911ValidateResponse),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
