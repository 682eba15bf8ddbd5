/**
 * /tnPortOutHistory (L11638): settled port-outs (Canceled or Closed, as the example shows) created
 * in the past three months, one item per order and number, oldest first; dates in the example's
 * `2017-05-05T00:00:00.000+0000` form and the number a string. A closed order lists the numbers
 * that ported (a rejected one "is deleted from the order", L12579); a canceled one lists them all.
 * None is 430.
 */
import { defineOperation } from '../operation.js';
import { fail, ok } from '../wire.js';
import { DAY_MS, HISTORY_MS, lineState, portOutOrders } from './shared/port-out-book.js';

const midnight = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().replace('Z', '+0000');

export const tnPortOutHistory = defineOperation({}, ({ state, now }) => {
  const items = portOutOrders(state)
    .filter((o) => (o.status === 'CLSD' || o.status === 'CNCL') && o.createdAt >= now - HISTORY_MS)
    .sort((a, b) => a.id - b.id)
    .flatMap((o) =>
      o.items
        .filter((i) => o.status === 'CNCL' || lineState(i) !== 'REJECTED')
        .map((i) => ({
          orderId: o.id,
          orderStatus: o.status === 'CLSD' ? 'Closed' : 'Canceled',
          createdDate: midnight(o.createdAt),
          portDate: midnight(o.portOutAt ?? o.createdAt),
          tn: i.tn,
        })),
    );
  if (items.length === 0) return fail('430', 'No Results Found');
  return ok({ orderList: { orderType: items } });
});
