/** The order operations whose guide examples answer statusCode as the JSON number 200. */
import type { Json, Reply } from '../../wire.js';

/**
 * /orderList (L9794), /orderUpdate (L10297), /orderAddNote (L10374) and /orderNote (L10410) show
 * `"statusCode": 200`. The server logs String(statusCode), so the call log stays uniform.
 */
export function okNumeric(payload: Json = {}): Reply {
  return { status: 'Success', statusCode: 200, ...payload } as unknown as Reply;
}
