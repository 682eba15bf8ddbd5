/**
 * /portInOrderList (L7206): port-in orders with their numbers counted by status, overall and per
 * port date. The footnote says orderId or customerOrderReference is required, but the other
 * filters and the paging only make sense for a search: both keys are optional here.
 */
import { defineOperation } from '../operation.js';
import { compareBy, paginate, readSort } from '../paging.js';
import { ANY } from '../request-shape.js';
import { PAGE_SORT } from '../request-fields.js';
import type { Order, OrderItem, OrderStatus } from '../types.js';
import { dayDate, fail, invalid, isReply, offsetTimestamp, ok, readStr, readTn, rawTn, type Json } from '../wire.js';
import { ORDER_STATUS_NAMES } from '../orders/shared/order-view.js';
import { portInOrders } from './shared/port-orders.js';

const REQUEST = {
  orderId: ANY,
  customerOrderReference: ANY,
  orderStatus: ANY,
  createdDateStartRange: ANY,
  createdDateEndRange: ANY,
  tn: ANY,
  pageSort: PAGE_SORT,
  searchId: ANY,
} as const;

const SORT = ['orderId', 'customerOrderReference', 'desiredDueDate', 'focDate'];

function counts(items: OrderItem[]): Json {
  return {
    tnQuantity: items.length,
    focTnQuantity: items.filter((i) => !i.done && i.port?.portDate !== undefined).length,
    rejectedTnQuantity: items.filter((i) => i.port?.jeopardy !== undefined).length,
    activatedTnQuantity: items.filter((i) => i.done).length,
  };
}

function listItem(o: Order): Json {
  const items = o.items.filter((i) => !i.canceled);
  const byDate = new Map<number | undefined, OrderItem[]>();
  for (const i of items) byDate.set(i.port?.portDate, [...(byDate.get(i.port?.portDate) ?? []), i]);
  const reasons = new Map<string, number>();
  for (const i of items) if (i.port?.jeopardy) reasons.set(i.port.jeopardy, (reasons.get(i.port.jeopardy) ?? 0) + 1);
  return {
    orderId: o.id,
    orderStatus: ORDER_STATUS_NAMES[o.status],
    customerOrderReference: o.customerOrderReference,
    desiredDueDate: offsetTimestamp(Date.parse(o.portIn!.desiredDueDate)),
    ...counts(items),
    createdDate: offsetTimestamp(o.createdAt),
    createdUser: o.createdUser,
    // A group with no FOC yet has no portDate, as the example's second focItem (L7290).
    focList: {
      focItem: [...byDate].map(([d, group]) => ({ ...(d !== undefined ? { portDate: offsetTimestamp(d) } : {}), ...counts(group) })),
    },
    rejectReasonList: { rejectReasonItem: [...reasons].map(([rejectReason, n]) => ({ rejectReason, rejectedTnQuantity: n })) },
  };
}

const firstFoc = (o: Order) => String(Math.min(...o.items.map((i) => i.port?.portDate ?? Infinity))).padStart(16, '0');

export const portInOrderList = defineOperation(REQUEST, ({ state }, body) => {
  // searchId is documented at the top level here (L7240); the shared pager reads it inside pageSort.
  const paged =
    readStr(body.searchId) !== undefined && body.pageSort === undefined ? { ...body, pageSort: { searchId: body.searchId } } : body;
  const page = paginate(state, 'portInOrderList', paged, () => {
    const checks: Array<(o: Order) => boolean> = [];
    const id = readStr(body.orderId);
    if (id !== undefined) checks.push((o) => String(o.id) === id);
    const ref = readStr(body.customerOrderReference);
    if (ref !== undefined) checks.push((o) => o.customerOrderReference === ref);
    const statusRaw = readStr(body.orderStatus);
    if (statusRaw !== undefined) {
      const code = (Object.keys(ORDER_STATUS_NAMES) as OrderStatus[]).find((c) => c === statusRaw.toUpperCase());
      if (!code) return invalid('orderStatus must be one of INCOMPLT, PENDING, PCNCL, CNCL, CLSD');
      checks.push((o) => o.status === code);
    }
    if (body.tn !== undefined && body.tn !== '') {
      const tn = readTn(body.tn);
      if (!tn) return fail('409', `Invalid TN submitted:[${rawTn(body.tn)}]`);
      checks.push((o) => o.items.some((i) => i.tn === tn));
    }
    for (const [k, from] of [
      ['createdDateStartRange', true],
      ['createdDateEndRange', false],
    ] as const) {
      const v = readStr(body[k]);
      if (v === undefined) continue;
      if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return invalid(`${k} must be a date like 2015-12-20`);
      checks.push((o) => (from ? dayDate(o.createdAt) >= v.slice(0, 10) : dayDate(o.createdAt) <= v.slice(0, 10)));
    }
    const sort = readSort(body, SORT, (p) => (p === undefined ? 'desc' : 'asc'));
    if (isReply(sort)) return sort;
    const pad = (o: Order) => String(o.id).padStart(12, '0');
    const key = (o: Order) =>
      sort.property === 'customerOrderReference'
        ? o.customerOrderReference
        : sort.property === 'desiredDueDate'
          ? o.portIn!.desiredDueDate
          : sort.property === 'focDate'
            ? firstFoc(o)
            : pad(o);
    return portInOrders(state)
      .filter((o) => checks.every((c) => c(o)))
      .sort(compareBy(key, sort.direction, pad))
      .map((o) => String(o.id));
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return fail('430', 'No Results Found');
  const orderType = page.keys.map((k) => listItem(state.orders.get(Number(k))!));
  return ok({ orderList: { orderType }, ...page.fields });
});
