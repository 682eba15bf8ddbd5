/**
 * The carrier's refusals of an E911 write as userErrors (guide statuses of /tnE911 and the
 * notification operations); anything else stays an error (mapped in graph/common/errors.ts).
 */
import { assertCarrierRefusal } from '../common/errors.js';
import { UserError, UserErrorCode } from '../common/user-error.js';

export function refusal(error: unknown): UserError {
  assertCarrierRefusal(error);
  const said = `The carrier refused the change: ${error.message}`;
  switch (error.statusCode) {
    case '409':
      // 409 is "Invalid Address" on /tnE911 and "Invalid TN submitted" on its siblings.
      return /invalid tn/i.test(error.message)
        ? UserError.of(['input', 'tn'], UserErrorCode.NOT_FOUND, said)
        : UserError.of(['input', 'address'], UserErrorCode.INVALID, said);
    case '460':
      return UserError.of(['input', 'emails'], UserErrorCode.LIMIT_REACHED, said);
    case '461':
      return UserError.of(['input', 'tn'], UserErrorCode.NOT_FOUND, said);
    case '414':
    case '462':
      return UserError.of(['input'], UserErrorCode.INVALID, said);
    default:
      return UserError.of(['input'], UserErrorCode.REJECTED, said);
  }
}
