/** /excludedTnList → ExcludedOrderNumber[] (`excludedTnList.excludedTnItem[]`, tn as a number). */
import type { ExcludedOrderNumber } from '../model.js';
import { listIn, obj, requireTn, toLocalDate, toOrderId, type WireObject } from '../wire.js';
import { assignStrings } from './common.js';

function excludedOrderNumberFromWire(value: unknown, index: number): ExcludedOrderNumber {
  const item = obj(value);
  const out: ExcludedOrderNumber = { tn: requireTn(item['tn'], `excludedTnItem[${index}].tn`) };
  const orderId = toOrderId(item['orderId']);
  if (orderId !== null) out.orderId = orderId;
  assignStrings(out, [
    ['customerOrderReference', item['customerOrderReference']],
    ['reason', item['excludedReason'] ?? item['reason']],
    // "2017-04-19" here (L9980); other excluded lists send "2020-11-25T00:00:00.000Z" (L4922): a date either way.
    ['insertedOn', toLocalDate(item['insertDate'])],
    ['displayName', item['displayName']],
  ]);
  return out;
}

export function mapExcludedTnList(body: WireObject): ExcludedOrderNumber[] {
  return listIn(body['excludedTnList'], 'excludedTnItem').map((item, i) => excludedOrderNumberFromWire(item, i));
}
