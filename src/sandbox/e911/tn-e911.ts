/**
 * /tnE911 (L3249): provision, update or remove E911 on one of the account's TNs, at once. The
 * address is validated first (see validation.ts): result 2 is the guide's 409 "Invalid Address"
 * with provisionMsg/provisionResult; 0 and 1 store the (corrected) address on the number, where
 * /tnDetail and /tnFeatureE911List read it under the orig* names.
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, isReply, ok, rawTn, readStr, readTn, readYN, required } from '../wire.js';
import { readAddress } from './address-fields.js';
import { validateAddress } from './validation.js';

const SHAPE = {
  tn: ANY,
  name: ANY,
  streetNum: ANY,
  streetInfo: ANY,
  location: ANY,
  city: ANY,
  state: ANY,
  postalCode: ANY,
  postalCodePlusFour: ANY,
  // The request table spells it "postalCode PlusFour" (L3266).
  'postalCode PlusFour': ANY,
  removeE911: ANY,
} as const;

export const tnE911 = defineOperation(SHAPE, ({ state }, body) => {
  if (body.tn === undefined || body.tn === '') return required('tn');
  const tn = readTn(body.tn);
  // The guide documents no answer for a number that is not the account's: the 409 of its sibling operations.
  const number = tn ? state.assigned.get(tn) : undefined;
  if (!tn || !number) return fail('409', `Invalid TN submitted:[${rawTn(body.tn)}]`);
  if (readYN(body.removeE911) === 'Y') {
    delete number.features.e911;
    return ok({ tnE911Response: {} });
  }
  const address = readAddress(body, ['name']);
  if (isReply(address)) return address;
  const v = validateAddress(address);
  if (v.result === 2 || !v.match) {
    return {
      ...fail('409', 'Invalid Address'),
      tnE911Response: { provisionMsg: `${tn} Invalid address, ${tn} Validation result: 2 Message: ${v.message}`, provisionResult: 2 },
    };
  }
  const name = readStr(body.name)!;
  const location = readStr(body.location);
  const plusFour = readStr(body.postalCodePlusFour) ?? readStr(body['postalCode PlusFour']) ?? v.match.postalCodePlusFour;
  const provisioned = {
    streetNum: v.match.streetNum,
    streetInfo: v.match.streetInfo,
    location,
    city: v.match.city,
    state: v.match.state,
    postalCode: v.match.postalCode,
    postalCodePlusFour: plusFour,
  };
  number.features.e911 = Object.fromEntries(
    Object.entries({
      name,
      ...Object.fromEntries(Object.entries(provisioned).map(([k, val]) => [`orig${k[0]!.toUpperCase()}${k.slice(1)}`, val])),
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const sent = { ...address, location, postalCodePlusFour: readStr(body.postalCodePlusFour) ?? readStr(body['postalCode PlusFour']) };
  return ok({
    tnE911Response: {
      tn,
      name,
      ...prefixed('orig', sent),
      provisionMsg: v.result === 0 ? 'VALID' : 'CORRECTED',
      provisionResult: v.result,
      ...prefixed('provisioned', provisioned),
    },
  });
});

function prefixed(prefix: string, fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`] = v;
  return out;
}
