/** /orderList (L9725): the account's orders, filtered, sorted and paginated. */
import { defineOperation } from '../operation.js';
import { portOrderFields } from '../port-in/shared/port-view.js';
import { compareBy, paginate, readSort } from '../paging.js';
import { ANY } from '../request-shape.js';
import { PAGE_SORT } from '../request-fields.js';
import type { Order, OrderStatus } from '../types.js';
import { dayDate, invalid, isReply, lastModifiedString, readStr, readTn, type Json } from '../wire.js';
import { okNumeric } from './shared/numeric-ok.js';
import { invalidTnSubmitted, NO_RESULTS } from './shared/order-lookup.js';
import { ORDER_STATUS_NAMES, PRODUCT_NAMES, SERVICE_ORDER_NAMES, visibleItems, dueDateOf } from './shared/order-view.js';

const ORDER_SORT = ['orderId', 'customerOrderReference', 'desiredDueDate', 'focDate'];

const REQUEST = {
  orderId: ANY,
  customerOrderReference: ANY,
  productId: ANY,
  productIdList: ANY,
  serviceOrderReference: ANY,
  orderStatus: ANY,
  tn: ANY,
  createdDateStartRange: ANY,
  createdDateEndRange: ANY,
  pageSort: PAGE_SORT,
} as const;

function listItem(o: Order): Json {
  return {
    orderId: o.id,
    orderStatus: ORDER_STATUS_NAMES[o.status],
    productName: PRODUCT_NAMES[o.productId],
    customerOrderReference: o.customerOrderReference,
    serviceOrderName: SERVICE_ORDER_NAMES[o.serviceOrder],
    desiredDueDate: dueDateOf(o),
    desiredPortTime: '',
    tnQuantity: visibleItems(o).length,
    createdDate: dayDate(o.createdAt),
    createdUser: o.createdUser,
    lastModifiedString: lastModifiedString(o.lastModified),
    ...portOrderFields(o),
  };
}

function readProductIds(body: Json): number[] | string | undefined {
  // "If productid and productIdList provided then productIdList takes precedence."
  const list = body['productIdList'];
  let raw: string[] | undefined;
  if (Array.isArray(list)) raw = list.map((v) => String(v).trim());
  else if (readStr(list) !== undefined)
    raw = readStr(list)!
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  else if (readStr(body['productId']) !== undefined) raw = [readStr(body['productId'])!];
  if (!raw) return undefined;
  if (raw.some((v) => !/^\d+$/.test(v))) return 'productId/productIdList must be numeric product ids (e.g. 103,128,129)';
  return raw.map(Number);
}

export const orderList = defineOperation(REQUEST, ({ state }, body) => {
  const page = paginate(state, 'orderList', body, () => {
    const checks: Array<(o: Order) => boolean> = [];
    const id = readStr(body.orderId);
    if (id !== undefined) checks.push((o) => String(o.id) === id);
    const ref = readStr(body.customerOrderReference);
    if (ref !== undefined) checks.push((o) => o.customerOrderReference === ref);
    const products = readProductIds(body);
    if (typeof products === 'string') return invalid(products);
    if (products) checks.push((o) => products.includes(o.productId));
    const sor = readStr(body.serviceOrderReference)?.toUpperCase();
    if (sor !== undefined) {
      if (!SERVICE_ORDER_NAMES[sor]) return invalid('serviceOrderReference must be one of NEW, DISCO, CHANGE');
      checks.push((o) => o.serviceOrder === sor);
    }
    const statusRaw = readStr(body.orderStatus);
    if (statusRaw !== undefined) {
      const code = (Object.keys(ORDER_STATUS_NAMES) as OrderStatus[]).find(
        (c) => c === statusRaw.toUpperCase() || ORDER_STATUS_NAMES[c].toLowerCase() === statusRaw.toLowerCase(),
      );
      if (!code) return invalid('orderStatus must be one of INCOMPLT, PENDING, PCNCL, CNCL, CLSD');
      checks.push((o) => o.status === code);
    }
    if (body.tn !== undefined && body.tn !== '') {
      const tn = readTn(body.tn);
      if (!tn) return invalidTnSubmitted(body.tn);
      checks.push((o) => visibleItems(o).some((i) => i.tn === tn));
    }
    for (const [k, cmp] of [
      ['createdDateStartRange', 1],
      ['createdDateEndRange', -1],
    ] as const) {
      const v = readStr(body[k]);
      if (v === undefined) continue;
      if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v.slice(0, 10)))) return invalid(`${k} must be a date like 2015-12-20`);
      const day = v.slice(0, 10);
      checks.push((o) => (cmp === 1 ? dayDate(o.createdAt) >= day : dayDate(o.createdAt) <= day));
    }
    // Unspecified sort: newest orders first (not documented; the most useful default for a list of orders).
    const sort = readSort(body, ORDER_SORT, (property) => (property === undefined ? 'desc' : 'asc'));
    if (isReply(sort)) return sort;
    const pad = (o: Order) => String(o.id).padStart(12, '0');
    const key = (o: Order): string =>
      sort.property === 'customerOrderReference'
        ? o.customerOrderReference
        : sort.property === 'desiredDueDate'
          ? dueDateOf(o)
          : sort.property === 'focDate'
            ? '' // FOC dates only exist on port-in orders, which the sandbox does not model
            : pad(o);
    return [...state.orders.values()]
      .filter((o) => checks.every((c) => c(o)))
      .sort(compareBy(key, sort.direction, pad))
      .map((o) => String(o.id));
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return NO_RESULTS;
  const orderType = page.keys
    .map((k) => state.orders.get(Number(k)))
    .filter((o): o is Order => !!o)
    .map(listItem);
  return okNumeric({ orderList: { orderType }, ...page.fields });
});
