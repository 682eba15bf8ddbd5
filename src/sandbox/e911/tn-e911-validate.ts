/**
 * /tnE911Validate (L3456): validate the E911 fields of a TN or TFN; every result is a 200. The
 * guide does not say the number must be on the account, so any ten-digit number is taken.
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, isReply, ok, rawTn, readStr, readTn, required } from '../wire.js';
import { readAddress } from './address-fields.js';
import { validateAddress, validationAnswer } from './validation.js';

export const tnE911Validate = defineOperation(
  { tn: ANY, name: ANY, streetNum: ANY, streetInfo: ANY, location: ANY, city: ANY, state: ANY, postalCode: ANY },
  (_ctx, body) => {
    if (body.tn === undefined || body.tn === '') return required('tn');
    const tn = readTn(body.tn);
    if (!tn) return fail('409', `Invalid TN submitted:[${rawTn(body.tn)}]`);
    const address = readAddress(body, ['name']);
    if (isReply(address)) return address;
    return ok({
      tnE911ValidateResponse: {
        tn,
        name: readStr(body.name),
        ...address,
        location: readStr(body.location) ?? '',
        ...validationAnswer(validateAddress(address)),
      },
    });
  },
);
