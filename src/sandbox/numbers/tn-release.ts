/** /tnRelease (L1269): reserved numbers back to inventory; anything not reserved is excluded. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { tnList } from '../request-fields.js';
import { isReply, ok, rawTn, readTn, readWrappedItems, type Json } from '../wire.js';

export const tnRelease = defineOperation({ tnRelease: tnList({ tn: ANY }) }, ({ state }, body) => {
  const items = readWrappedItems(body, 'tnRelease');
  if (isReply(items)) return items;
  let released = 0;
  const excluded: Array<{ tn: string }> = [];
  for (const item of items) {
    const tn = readTn(item['tn']);
    const rec = tn ? state.numbers.get(tn) : undefined;
    if (rec && rec.state === 'reserved') {
      rec.state = 'available';
      delete rec.reservedUntil;
      released++;
    } else excluded.push({ tn: tn ?? rawTn(item['tn']) });
  }
  const tnReleaseResponse: Json = { totalTnCount: items.length, releasedTnCount: released };
  if (excluded.length > 0) tnReleaseResponse['excludedTnList'] = excluded;
  return ok({ tnReleaseResponse });
});
