/** /orderDetail (L9823): one order with its TNs, feature statuses and notes. */
import { defineOperation } from '../operation.js';
import { portLineFields, portOrderFields } from '../port-in/shared/port-view.js';
import { portOutLineFields } from '../port-outs/shared/port-out-view.js';
import { END_USER, ORDER_REF } from '../request-fields.js';
import { tollFreeLineFields } from '../toll-free/state.js';
import type { SandboxState } from '../store.js';
import type { Order, OrderItem } from '../types.js';
import { noteDate, offsetTimestamp, ok, yn, type Json } from '../wire.js';
import { findOrder, KEY_REQUIRED, NO_RESULTS } from './shared/order-lookup.js';
import { newestFirst, ORDER_STATUS_NAMES, PRODUCT_NAMES, SERVICE_ORDER_NAMES, visibleItems, dueDateOf } from './shared/order-view.js';

function featureStatus(o: Order, item: OrderItem, enabled: boolean): string {
  if (!enabled) return '';
  if (item.canceled || o.status === 'CNCL') return 'Canceled';
  return o.status === 'CLSD' ? 'Complete' : 'Pending';
}

/** Every endUser key of the guide's example (L9858–L9876), empty ones as "" (typeOfService is spelled out below). */
const END_USER_KEYS = Object.keys(END_USER);
const TYPE_OF_SERVICE: Record<string, string> = { B: 'Business', BUSINESS: 'Business', R: 'Residence', RESIDENCE: 'Residence' };

/**
 * The end user as the example shows it: every key, typeOfService spelled out ("Residence"), and a
 * `status` ("Received", the only value the guide shows) once an end user was sent.
 */
function detailEndUser(endUser: Record<string, string> | undefined): Json {
  const out: Json = Object.fromEntries(END_USER_KEYS.map((k) => [k, endUser?.[k] ?? '']));
  const tos = endUser?.['typeOfService'];
  out['typeOfService'] = tos ? (TYPE_OF_SERVICE[tos.toUpperCase()] ?? tos) : '';
  out['status'] = endUser && Object.keys(endUser).length > 0 ? 'Received' : '';
  return out;
}

function detailTnItem(state: SandboxState, now: number, o: Order, item: OrderItem): Json {
  const rc = state.rateCenterOf(item.tn);
  const f = item.tnFeature ?? {};
  const cnam = !!f['callerId']?.['callingName'];
  const dl = !!f['directoryListing'];
  const e911 = !!f['e911'];
  const msg = !!f['messaging'];
  const out: Json = {
    tn: Number(item.tn),
    trunkGroup: item.trunkGroup ?? state.assigned.get(item.tn)?.trunkGroup ?? '',
    endUser: detailEndUser(item.endUser),
    tnFeature: JSON.parse(JSON.stringify(f)) as Json,
    // Port-in members (port-view.ts fills them on port-in lines); the example shows them on every line.
    tnGroup: '',
    accountNum: '',
    atn: '',
    lata: rc?.lata ?? '',
    rateCenter: rc?.abbr ?? '',
    province: rc?.province ?? '',
    // Per-TN status on the order: Pending until routed, then Complete (wording from the port-in statuses, L13040+).
    tnStatus: item.canceled ? 'Canceled' : item.done ? 'Complete' : 'Pending',
    authName: '',
    authDate: '',
    accountPin: '',
    cnamEnabled: yn(cnam),
    cnamDip: f['callerId']?.['cnamDip'] ?? state.assigned.get(item.tn)?.features.callerId.cnamDip ?? 'N',
    cnamStatus: featureStatus(o, item, cnam),
    dlEnabled: yn(dl),
    dlStatus: featureStatus(o, item, dl),
    e911Enabled: yn(e911),
    e911Status: featureStatus(o, item, e911),
    msgEnabled: yn(msg),
    msgStatus: featureStatus(o, item, msg),
    ...tollFreeLineFields(state, now, item.tn),
  };
  if (item.tnNote !== undefined) out['tnNote'] = item.tnNote;
  return { ...out, ...portLineFields(o, item), ...portOutLineFields(o, item) };
}

export const orderDetail = defineOperation(ORDER_REF, ({ state, now }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o) return NO_RESULTS;
  return ok({
    orderDetailResponse: {
      tnList: { tnItem: visibleItems(o).map((i) => detailTnItem(state, now, o, i)) },
      orderId: o.id,
      orderStatus: ORDER_STATUS_NAMES[o.status],
      productName: PRODUCT_NAMES[o.productId],
      serviceOrderName: SERVICE_ORDER_NAMES[o.serviceOrder],
      customerOrderReference: o.customerOrderReference,
      createdDate: offsetTimestamp(o.createdAt),
      createdUser: o.createdUser,
      desiredDueDate: dueDateOf(o),
      desiredPortTime: '',
      ...portOrderFields(o),
      orderNotes: newestFirst(o).map((n) => ({ note: n.note, insertDate: noteDate(n.at), insertUser: n.user })),
    },
  });
});
