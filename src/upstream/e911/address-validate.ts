/** /addressValidate (L11419): validate an address for E911 service, no number involved (read). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record } from '../wire/schema.js';
import { addressFields, toValidation, validationFields, type E911AddressValues } from './address.js';

export const addressValidate = defineOperation({
  name: 'addressValidate',
  kind: 'read',
  // Only the five address fields: no name, location or plus-four in its request table.
  request: (address: E911AddressValues) => {
    const { location: _location, ...fields } = addressFields('addressValidate', address, { name: false, plusFour: false });
    return fields;
  },
  response: record({ addressValidateResponse: record(validationFields) }),
  map: (wire) => toValidation(wire.addressValidateResponse),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
