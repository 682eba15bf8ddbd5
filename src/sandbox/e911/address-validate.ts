/** /addressValidate (L11419): validate an address; every result, 2 included, is a 200. */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { isReply, ok } from '../wire.js';
import { readAddress } from './address-fields.js';
import { validateAddress, validationAnswer } from './validation.js';

export const addressValidate = defineOperation(
  { streetNum: ANY, streetInfo: ANY, city: ANY, state: ANY, postalCode: ANY },
  (_ctx, body) => {
    const address = readAddress(body);
    if (isReply(address)) return address;
    return ok({ addressValidateResponse: validationAnswer(validateAddress(address)) });
  },
);
