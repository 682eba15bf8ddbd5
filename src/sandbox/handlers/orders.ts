/**
 * Order section (L9705–L10440): /orderList, /orderDetail, /excludedTnList, /orderCancel,
 * /orderAddNote, /orderNote.
 */
import { compareBy, paginate, readSort } from '../paging.js';
import type { SandboxState } from '../store.js';
import type { Order, OrderItem, OrderStatus } from '../types.js';
import {
  dayDate, fail, invalid, isReply, lastModifiedString, noteDate, offsetTimestamp, ok, rawTn, readStr, readTn, required, yn, type Json, type Reply,
} from '../wire.js';
import type { Handler } from './context.js';

/** Filter codes ↔ display names ("Order Statuses", L12991). */
export const ORDER_STATUS_NAMES: Record<OrderStatus, string> = {
  INCOMPLT: 'Incomplete',
  PENDING: 'Pending',
  PCNCL: 'Pending Cancel',
  CNCL: 'Canceled',
  CLSD: 'Closed',
};
const PRODUCT_NAMES: Record<number, string> = { 103: 'Telephone Number', 128: 'Telephone Number Feature' };
const SERVICE_ORDER_NAMES: Record<string, string> = { NEW: 'New', DISCO: 'Disconnect', CHANGE: 'Change' };
const ORDER_SORT = ['orderId', 'customerOrderReference', 'desiredDueDate', 'focDate'];

const NO_RESULTS = fail('430', 'No Results Found');
/**
 * A malformed `tn` filter: the guide's code and spelling for a bad TN, 409 "Invalid TN submitted:"
 * with the TN in brackets (L2647–L2651, example L2722); the vendor Swagger gives 409 for these two
 * operations too.
 */
const invalidTnSubmitted = (tn: unknown) => fail('409', `Invalid TN submitted:[${rawTn(tn)}]`);
const KEY_REQUIRED = required('orderId or customerOrderReference');

/**
 * Finds the order named by orderId or customerOrderReference. The examples send both (L9850,
 * L10322); orderId wins. A reference shared by several orders names the newest one.
 */
function findOrder(state: SandboxState, body: Json): Order | 'missing' | undefined {
  const id = readStr(body['orderId']);
  const ref = readStr(body['customerOrderReference']);
  if (id === undefined && ref === undefined) return 'missing';
  if (id !== undefined) return /^\d+$/.test(id) ? state.orders.get(Number(id)) : undefined;
  return [...state.orders.values()].filter((o) => o.customerOrderReference === ref).sort((a, b) => b.id - a.id)[0];
}

/** TNs shown on an order: background-validated orders show none while Incomplete (L12999 "may result in no information returned"). */
const visibleItems = (o: Order): OrderItem[] => (o.background && o.status === 'INCOMPLT' ? [] : o.items);

function listItem(o: Order): Json {
  return {
    orderId: o.id,
    orderStatus: ORDER_STATUS_NAMES[o.status],
    productName: PRODUCT_NAMES[o.productId],
    customerOrderReference: o.customerOrderReference,
    serviceOrderName: SERVICE_ORDER_NAMES[o.serviceOrder],
    desiredDueDate: dayDate(o.createdAt),
    desiredPortTime: '',
    tnQuantity: visibleItems(o).length,
    createdDate: dayDate(o.createdAt),
    createdUser: o.createdUser,
    lastModifiedString: lastModifiedString(o.lastModified),
  };
}

function readProductIds(body: Json): number[] | string | undefined {
  // "If productid and productIdList provided then productIdList takes precedence."
  const list = body['productIdList'];
  let raw: string[] | undefined;
  if (Array.isArray(list)) raw = list.map((v) => String(v).trim());
  else if (readStr(list) !== undefined) raw = readStr(list)!.split(',').map((v) => v.trim()).filter(Boolean);
  else if (readStr(body['productId']) !== undefined) raw = [readStr(body['productId'])!];
  if (!raw) return undefined;
  if (raw.some((v) => !/^\d+$/.test(v))) return 'productId/productIdList must be numeric product ids (e.g. 103,128,129)';
  return raw.map(Number);
}

export const orderList: Handler = ({ state }, body) => {
  const page = paginate(state, 'orderList', body, () => {
    const checks: Array<(o: Order) => boolean> = [];
    const id = readStr(body['orderId']);
    if (id !== undefined) checks.push((o) => String(o.id) === id);
    const ref = readStr(body['customerOrderReference']);
    if (ref !== undefined) checks.push((o) => o.customerOrderReference === ref);
    const products = readProductIds(body);
    if (typeof products === 'string') return invalid(products);
    if (products) checks.push((o) => products.includes(o.productId));
    const sor = readStr(body['serviceOrderReference'])?.toUpperCase();
    if (sor !== undefined) {
      if (!SERVICE_ORDER_NAMES[sor]) return invalid('serviceOrderReference must be one of NEW, DISCO, CHANGE');
      checks.push((o) => o.serviceOrder === sor);
    }
    const statusRaw = readStr(body['orderStatus']);
    if (statusRaw !== undefined) {
      const code = (Object.keys(ORDER_STATUS_NAMES) as OrderStatus[]).find(
        (c) => c === statusRaw.toUpperCase() || ORDER_STATUS_NAMES[c].toLowerCase() === statusRaw.toLowerCase(),
      );
      if (!code) return invalid('orderStatus must be one of INCOMPLT, PENDING, PCNCL, CNCL, CLSD');
      checks.push((o) => o.status === code);
    }
    if (body['tn'] !== undefined && body['tn'] !== '') {
      const tn = readTn(body['tn']);
      if (!tn) return invalidTnSubmitted(body['tn']);
      checks.push((o) => visibleItems(o).some((i) => i.tn === tn));
    }
    for (const [k, cmp] of [['createdDateStartRange', 1], ['createdDateEndRange', -1]] as const) {
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
      sort.property === 'customerOrderReference' ? o.customerOrderReference
        : sort.property === 'desiredDueDate' ? dayDate(o.createdAt)
          : sort.property === 'focDate' ? '' // FOC dates only exist on port-in orders, which the sandbox does not model
            : pad(o);
    return [...state.orders.values()]
      .filter((o) => checks.every((c) => c(o)))
      .sort(compareBy(key, sort.direction, pad))
      .map((o) => String(o.id));
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return NO_RESULTS;
  const orderType = page.keys.map((k) => state.orders.get(Number(k))).filter((o): o is Order => !!o).map(listItem);
  return ok({ orderList: { orderType }, ...page.fields });
};

function featureStatus(o: Order, item: OrderItem, enabled: boolean): string {
  if (!enabled) return '';
  if (item.canceled || o.status === 'CNCL') return 'Canceled';
  return o.status === 'CLSD' ? 'Complete' : 'Pending';
}

function detailTnItem(state: SandboxState, o: Order, item: OrderItem): Json {
  const rc = state.rateCenterOf(item.tn);
  const f = item.tnFeature ?? {};
  const cnam = !!f['callerId']?.['callingName'];
  const dl = !!f['directoryListing'];
  const e911 = !!f['e911'];
  const msg = !!f['messaging'];
  const out: Json = {
    tn: Number(item.tn),
    trunkGroup: item.trunkGroup ?? state.assigned.get(item.tn)?.trunkGroup ?? '',
    endUser: { ...(item.endUser ?? {}) },
    tnFeature: JSON.parse(JSON.stringify(f)) as Json,
    lata: rc?.lata ?? '',
    rateCenter: rc?.abbr ?? '',
    province: rc?.province ?? '',
    // Per-TN status on the order: Pending until routed, then Complete (wording from the port-in statuses, L13040+).
    tnStatus: item.canceled ? 'Canceled' : item.done ? 'Complete' : 'Pending',
    cnamEnabled: yn(cnam),
    cnamDip: f['callerId']?.['cnamDip'] ?? state.assigned.get(item.tn)?.features.callerId.cnamDip ?? 'N',
    cnamStatus: featureStatus(o, item, cnam),
    dlEnabled: yn(dl),
    dlStatus: featureStatus(o, item, dl),
    e911Enabled: yn(e911),
    e911Status: featureStatus(o, item, e911),
    msgEnabled: yn(msg),
    msgStatus: featureStatus(o, item, msg),
  };
  if (item.portOutPin !== undefined) out['portOutPin'] = item.portOutPin;
  if (item.tnNote !== undefined) out['tnNote'] = item.tnNote;
  return out;
}

const newestFirst = (o: Order) => [...o.notes].sort((a, b) => b.at - a.at || Number(b.noteId) - Number(a.noteId));

export const orderDetail: Handler = ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o) return NO_RESULTS;
  return ok({
    orderDetailResponse: {
      tnList: { tnItem: visibleItems(o).map((i) => detailTnItem(state, o, i)) },
      orderId: o.id,
      orderStatus: ORDER_STATUS_NAMES[o.status],
      productName: PRODUCT_NAMES[o.productId],
      serviceOrderName: SERVICE_ORDER_NAMES[o.serviceOrder],
      customerOrderReference: o.customerOrderReference,
      createdDate: offsetTimestamp(o.createdAt),
      createdUser: o.createdUser,
      desiredDueDate: dayDate(o.createdAt),
      desiredPortTime: '',
      orderNotes: newestFirst(o).map((n) => ({ note: n.note, insertDate: noteDate(n.at), insertUser: n.user })),
    },
  });
};

/** Mutations on an unknown order: 410 "Invalid Order Id" (the guide's wording in /tnPortOutReject). */
function mutableOrder(state: SandboxState, body: Json): Order | Reply {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o) return fail('410', 'Invalid Order Id');
  return o;
}

/** "cancel an order in Pending status" (L10306) → Pending Cancel, then Canceled after review (lifecycle.ts). */
export const orderCancel: Handler = ({ state, now }, body) => {
  const o = mutableOrder(state, body);
  if ('statusCode' in o) return o;
  if (o.status !== 'PENDING') {
    // The guide gives no code or text for this refusal ("4XX Dynamic error message", L13360);
    // 410 is the code its order operations use for an order they cannot act on.
    return fail('410', `Invalid Request: order ${o.id} is ${ORDER_STATUS_NAMES[o.status]}; only Pending orders can be canceled`);
  }
  o.status = 'PCNCL';
  o.cancelRequestedAt = now;
  o.lastModified = now;
  return ok();
};

export const orderAddNote: Handler = ({ state, now }, body) => {
  const note = readStr(body['orderNote']);
  if (note === undefined) return required('orderNote');
  const o = mutableOrder(state, body);
  if ('statusCode' in o) return o;
  const noteId = state.newNoteId();
  o.notes.push({ noteId, note, at: now, user: 'api_user' });
  return ok({ noteId });
};

export const orderNote: Handler = ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o || o.notes.length === 0) return NO_RESULTS;
  return ok({
    orderNote: {
      orderNoteType: newestFirst(o).map((n) => ({ noteId: n.noteId, note: n.note, insertDate: noteDate(n.at), insertUser: n.user })),
    },
  });
};

/**
 * /excludedTnList by tn, orderId or customerOrderReference; when several are sent (the example
 * sends all three) they must all match. Empty → 430 "No Results found" (spelled as L9996).
 */
export const excludedTnList: Handler = ({ state, now }, body) => {
  const id = readStr(body['orderId']);
  const ref = readStr(body['customerOrderReference']);
  const tnSent = body['tn'] !== undefined && body['tn'] !== '';
  if (id === undefined && ref === undefined && !tnSent) return required('tn or orderId or customerOrderReference');
  const tn = tnSent ? readTn(body['tn']) : undefined;
  if (tnSent && !tn) return invalidTnSubmitted(body['tn']);
  const excludedTnItem: Json[] = [];
  for (const o of [...state.orders.values()].sort((a, b) => a.id - b.id)) {
    if (id !== undefined && String(o.id) !== id) continue;
    if (ref !== undefined && o.customerOrderReference !== ref) continue;
    for (const e of o.excluded) {
      if (e.at > now || (tn !== undefined && e.tn !== tn)) continue;
      excludedTnItem.push({
        orderId: o.id,
        customerOrderReference: o.customerOrderReference,
        tn: /^\d{10}$/.test(e.tn) ? Number(e.tn) : e.tn,
        excludedReason: e.reason,
        insertDate: dayDate(e.at),
        displayName: o.createdUser,
      });
    }
  }
  if (excludedTnItem.length === 0) return fail('430', 'No Results found');
  return ok({ excludedTnList: { excludedTnItem } });
};
