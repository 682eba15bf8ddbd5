/**
 * /lataInventory (L11562): the LATA of each requested TN, found from its NPA-NXX. The items do not
 * echo the TN (as in the guide's example); a TN whose NPA-NXX no sandbox rate center serves has no
 * item, and when none is known the answer is the carriers' usual 430.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, ok, rawTn, readItems, readTn, required } from '../wire.js';

export const lataInventory = defineOperation({ tnList: { tnItem: { tn: ANY } } }, ({ state }, body) => {
  const items = readItems(body);
  if (!items || items.length === 0) return required('tnList.tnItem');
  const byNpaNxx = new Map<string, string>();
  for (const rc of state.rateCenters.values()) for (const prefix of rc.npaNxx) byNpaNxx.set(prefix, rc.lata);
  const latas: string[] = [];
  for (const item of items) {
    const tn = readTn(item['tn']);
    if (tn === undefined) return invalid(`tn must be a ten-digit telephone number, got ${JSON.stringify(rawTn(item['tn']))}`);
    const lata = byNpaNxx.get(tn.slice(0, 6));
    if (lata !== undefined) latas.push(lata);
  }
  if (latas.length === 0) return fail('430', 'No Result Found');
  return ok({ lataList: latas.map((lata) => ({ lata })) });
});
