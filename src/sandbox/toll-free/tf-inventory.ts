/**
 * /tfInventory (L7641): available toll-free numbers by tnMask or tnWildcard ("tnMask is used if
 * both are specified"), at most `quantity` (1000, or 10 when sequential). Sequential answers the
 * first run of consecutive numbers that fills `quantity`. No match → 430 "No Results Found".
 */
import { defineOperation } from '../operation.js';
import { compareBy, readSort } from '../paging.js';
import { PAGE_SORT } from '../request-fields.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, isReply, ok, readStr, required } from '../wire.js';
import type { InventoryTollFree } from './records.js';
import { tollFreeOf } from './state.js';
import { compileTfMask, compileVanity } from './vanity.js';

const REQUEST = { tnMask: ANY, tnWildcard: ANY, quantity: ANY, sequential: ANY, pageSort: PAGE_SORT } as const;

function firstRun(items: InventoryTollFree[], quantity: number): InventoryTollFree[] {
  for (let start = 0; start < items.length; start++) {
    let end = start;
    while (end + 1 < items.length && Number(items[end + 1]!.tn) === Number(items[end]!.tn) + 1 && end - start + 1 < quantity) end++;
    if (end - start + 1 === quantity) return items.slice(start, end + 1);
  }
  return [];
}

export const tfInventory = defineOperation(REQUEST, ({ state, now }, body) => {
  const mask = readStr(body.tnMask);
  const wildcard = typeof body.tnWildcard === 'string' && body.tnWildcard.trim() !== '' ? body.tnWildcard : undefined;
  if (mask === undefined && wildcard === undefined) return required('tnMask');
  if (body.quantity === undefined) return required('quantity');
  const quantity = Number(body.quantity);
  const sequential = body.sequential === true || readStr(body.sequential)?.toLowerCase() === 'true';
  const max = sequential ? 10 : 1000;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    return invalid(`quantity must be from 1 to ${max}${sequential ? ' when sequential is true' : ''}`);
  }
  const matcher = mask !== undefined ? compileTfMask(mask) : compileVanity(wildcard!);
  if (typeof matcher === 'string') return invalid(matcher);
  const sort = readSort(body, ['tn', 'respOrgPrefix', 'cic']);
  if (isReply(sort)) return sort;
  const tf = tollFreeOf(state, now);
  const matches = [...tf.inventory.values()].filter((i) => matcher(i.tn)).sort((a, b) => a.tn.localeCompare(b.tn));
  const picked = sequential ? firstRun(matches, quantity) : matches.slice(0, quantity);
  if (picked.length === 0) return fail('430', 'No Results Found');
  const key = (i: InventoryTollFree) =>
    sort.property === 'respOrgPrefix' ? i.respOrgPrefix : sort.property === 'cic' ? i.cics.join(',') : i.tn;
  const tfItem = [...picked]
    .sort(compareBy(key, sort.direction, (i) => i.tn))
    .map((i) => ({ tn: Number(i.tn), respOrgPrefix: i.respOrgPrefix, cic: i.cics.join(',') }));
  return ok({ tfList: { tfItem } });
});
