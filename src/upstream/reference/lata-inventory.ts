/** /lataInventory: the LATAs of a list of numbers (read; 430 is []). */
import { defineOperation } from '../define.js';
import type { Tn } from '../shared/tn.js';
import { list, record, text } from '../wire/schema.js';
import { tnAsNumber } from '../wire/values.js';

/**
 * Documented (L11562): `lataList: [{ lata }]`. The items do not echo their TN
 * and the guide does not promise request order, so the answer is the set of
 * LATAs, not a per-number map.
 */
export const lataInventory = defineOperation({
  name: 'lataInventory',
  kind: 'read',
  request: (input: { tns: readonly Tn[] }) => ({ tnList: { tnItem: input.tns.map((tn) => ({ tn: tnAsNumber(tn) })) } }),
  response: record({ lataList: list(record({ lata: text })) }),
  map: (wire): string[] => [...new Set(wire.lataList.flatMap((w) => w.lata ?? []))],
  notFound: { empty: () => [] },
  withoutCall: (input) => (input.tns.length === 0 ? [] : undefined),
});
