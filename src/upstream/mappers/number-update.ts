/**
 * /portOutPinUpdate and /tnNoteUpdate → the numbers the carrier refused.
 *
 * The guide shows only `{"status": "Success"}` for both, but they apply per
 * number, and a number that cannot take the change (not on the account, not
 * In Service, no PIN support) is reported like a /tnOrder exclusion, inside
 * `status` with statusCode 200: "{1=[9999999999 TN is not assigned to this
 * customer]}". Reading only the status code would report such a refusal as
 * success.
 */
import type { ExcludedNumber, Tn } from '../model.js';
import type { WireObject } from '../wire.js';
import { mapExclusions } from './submission.js';

export function mapNumberUpdate(body: WireObject, requested: readonly Tn[]): ExcludedNumber[] {
  return mapExclusions(body, requested);
}
