/**
 * /portOutPinUpdate and /tnNoteUpdate answer with the numbers the carrier
 * refused. The guide shows only `{"status": "Success"}` for both, but they
 * apply per number, and a number that cannot take the change (not on the
 * account, not In Service, no PIN support) is reported like a /tnOrder
 * exclusion, inside `status` with statusCode 200: "{1=[9999999999 TN is not
 * assigned to this customer]}". Reading only the status code would report
 * such a refusal as success.
 */
import { record } from '../wire/schema.js';
import { exclusionsFromWire, type ExcludedNumber } from './exclusions.js';
import { exclusionFields } from './submission.js';
import { sentTns, type Tn } from './tn.js';

export const numberUpdateSchema = record(exclusionFields);

/** A batch of no numbers is not sent. */
export const nothingRefused = (items: readonly unknown[]): ExcludedNumber[] | undefined => (items.length === 0 ? [] : undefined);

export function refusedFromWire(wire: Parameters<typeof exclusionsFromWire>[0], items: readonly { tn: Tn }[]): ExcludedNumber[] {
  return exclusionsFromWire(wire, sentTns(items.map((i) => i.tn)));
}
