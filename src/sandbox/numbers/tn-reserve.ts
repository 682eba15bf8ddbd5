/**
 * /tnReserve (L1128). The maximum is not stated ("TNs (up to a maximum)"); the sandbox allows
 * account.maxReservedTns (default 100) reserved at once, counting existing reservations, and
 * answers 431 for the whole request when it would be exceeded (Example 2, L1195).
 * Unavailable TNs (not in inventory, assigned, already reserved) are excluded (Example 3).
 */
import { RESERVATION_MS } from '../order-timing.js';
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { tnList } from '../request-fields.js';
import type { NumberRecord } from '../types.js';
import { fail, isReply, ok, rawTn, readTn, readWrappedItems, type Json } from '../wire.js';

export const tnReserve = defineOperation({ tnReserve: tnList({ tn: ANY }) }, ({ state, now }, body) => {
  const items = readWrappedItems(body, 'tnReserve');
  if (isReply(items)) return items;
  const toReserve: NumberRecord[] = [];
  const excluded: Array<{ tn: string }> = [];
  const seen = new Set<string>();
  for (const item of items) {
    const tn = readTn(item['tn']);
    const rec = tn ? state.numbers.get(tn) : undefined;
    if (!tn || seen.has(tn) || !rec || rec.state !== 'available') excluded.push({ tn: tn ?? rawTn(item['tn']) });
    else toReserve.push(rec);
    if (tn) seen.add(tn);
  }
  if (state.reservedCount() + toReserve.length > state.account.maxReservedTns) {
    return fail('431', 'Request exceeds the maximum number of reserved TNs');
  }
  for (const rec of toReserve) state.reserve(rec, now + RESERVATION_MS);
  const tnReserveResponse: Json = { totalTnCount: items.length, reservedTnCount: toReserve.length };
  if (excluded.length > 0) tnReserveResponse['excludedTnList'] = excluded;
  return ok({ tnReserveResponse });
});
