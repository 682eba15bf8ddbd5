/** Reading the flat address fields /tnE911, /tnE911Validate and /addressValidate take. */
import { readStr, required, type Reply } from '../wire.js';
import type { AddressSent } from './validation.js';

export const ADDRESS_KEYS = ['streetNum', 'streetInfo', 'city', 'state', 'postalCode'] as const;

/** The address, or the guide's 414 for the first required field missing (`also` names more required fields, checked first). */
export function readAddress(body: Record<string, unknown>, also: readonly string[] = []): AddressSent | Reply {
  for (const key of [...also, ...ADDRESS_KEYS]) {
    if (readStr(body[key]) === undefined) return required(key);
  }
  const [streetNum, streetInfo, city, state, postalCode] = ADDRESS_KEYS.map((k) => readStr(body[k])!);
  return { streetNum: streetNum!, streetInfo: streetInfo!, city: city!, state: state!, postalCode: postalCode! };
}
