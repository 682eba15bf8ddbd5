/** Answers the ticket operations share. */
import { fail, type Reply } from '../../wire.js';

/** The vendor Swagger's 430 for every ticket operation: "No Result Found" (singular, unlike the orders' "No Results Found"). */
export const NO_RESULT = fail('430', 'No Result Found');

/**
 * A success whose statusCode is the JSON number 200, as /ticketAddNote's example answers (L10840).
 * The server logs String(statusCode), so the call log stays uniform.
 */
export function okWithNumericCode(payload: Record<string, unknown>): Reply {
  return { statusCode: 200, status: 'Success', ...payload } as unknown as Reply;
}
