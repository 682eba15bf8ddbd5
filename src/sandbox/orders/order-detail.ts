/** /orderDetail (L9823): one order with its TNs, feature statuses and notes. */
import { defineOperation } from '../operation.js';
import { portLineFields, portOrderFields } from '../port-in/shared/port-view.js';
import { ORDER_REF } from '../request-fields.js';
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
  return { ...out, ...portLineFields(o, item) };
}

export const orderDetail = defineOperation(ORDER_REF, ({ state }, body) => {
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
      desiredDueDate: dueDateOf(o),
      desiredPortTime: '',
      ...portOrderFields(o),
      orderNotes: newestFirst(o).map((n) => ({ note: n.note, insertDate: noteDate(n.at), insertUser: n.user })),
    },
  });
});
