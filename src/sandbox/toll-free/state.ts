/**
 * The toll-free numbers of the account, kept beside the shared state (one set per SandboxState,
 * so a reset starts from the seed). Toll-free orders are ordinary records of the shared order
 * store, so /orderList and /orderDetail show them and the shared lifecycle moves them on the
 * sandbox clock; `tollFreeOf` applies what the lifecycle has done to their numbers since.
 */
import type { SandboxState } from '../store.js';
import type { Order, StringMap } from '../types.js';
import { CIC_COMPANIES, type PendingWork, type TollFreeRecord, type TollFreeState } from './records.js';
import { seedTollFree } from './seed.js';

const byState = new WeakMap<SandboxState, TollFreeState>();

export function tollFreeOf(state: SandboxState, now: number): TollFreeState {
  let tf = byState.get(state);
  if (!tf) {
    tf = seedTollFree(now);
    byState.set(state, tf);
  }
  settle(state, tf);
  return tf;
}

function settle(state: SandboxState, tf: TollFreeState): void {
  for (const rec of [...tf.numbers.values()]) {
    if (rec.pending.length === 0) continue;
    rec.pending = rec.pending.filter((work) => {
      const order = state.orders.get(work.orderId);
      if (!order) return false;
      const item = order.items.find((i) => i.tn === rec.tn);
      if (order.status === 'CNCL' || item?.canceled) {
        undo(tf, rec, work);
        return false;
      }
      // Routing steps land per number (item.done); features and disconnects when the order closes.
      const due = work.kind === 'NEW' || work.kind === 'ROUTING' ? item?.done === true : order.status === 'CLSD';
      if (!due) return true;
      apply(tf, rec, work, item?.doneAt ?? order.closedAt ?? order.lastModified);
      return false;
    });
  }
}

function apply(tf: TollFreeState, rec: TollFreeRecord, work: PendingWork, at: number): void {
  switch (work.kind) {
    case 'NEW':
      rec.status = 'INSVC';
      rec.activateDate = at;
      if (work.features) applyFeatures(rec, work.features, at);
      return;
    case 'ROUTING':
      if (work.routingLabel) rec.routingLabel = work.routingLabel;
      rec.activateDate = at;
      return;
    case 'FEATURE':
      if (work.features) applyFeatures(rec, work.features, at);
      return;
    case 'DISCO':
      tf.numbers.delete(rec.tn);
  }
}

function undo(tf: TollFreeState, rec: TollFreeRecord, work: PendingWork): void {
  if (work.kind === 'NEW') tf.numbers.delete(rec.tn);
  if (work.kind === 'DISCO' && rec.status === 'PDISC') rec.status = 'INSVC';
}

/** tnFeature as /tfOrder and /tfFeatureOrder send it: `removeTnFeature: "Y"` removes, anything else sets. */
export function applyFeatures(rec: TollFreeRecord, features: Record<string, StringMap>, at: number): void {
  const { callerId, messaging, e911 } = features;
  if (callerId) {
    if (callerId['removeTnFeature'] === 'Y') delete rec.features.callerId;
    else {
      const callingName = callerId['callingName'] ?? rec.features.callerId?.callingName;
      const cnamDip = callerId['cnamDip'] === 'Y' ? 'Y' : callerId['cnamDip'] === 'N' ? 'N' : (rec.features.callerId?.cnamDip ?? 'N');
      rec.features.callerId = callingName ? { callingName, cnamDip } : { cnamDip };
    }
  }
  if (messaging) {
    if (messaging['removeTnFeature'] === 'Y') delete rec.features.messaging;
    else {
      const m: { messageClass: string; messageType: string; netNumberId?: string } = {
        messageClass: messaging['messageClass'] ?? rec.features.messaging?.messageClass ?? 'P2P',
        messageType: messaging['messageType'] ?? rec.features.messaging?.messageType ?? 'SMS',
      };
      const nn = messaging['netNumberId'] ?? rec.features.messaging?.netNumberId;
      if (nn) m.netNumberId = nn;
      rec.features.messaging = m;
    }
  }
  if (e911) {
    if (e911['removeTnFeature'] === 'Y') {
      delete rec.features.e911;
      delete rec.features.e911ActivateDate;
    } else {
      const { removeTnFeature: _drop, ...address } = e911;
      rec.features.e911 = { ...(rec.features.e911 ?? {}), ...address };
      rec.features.e911ActivateDate = at;
    }
  }
}

/** A toll-free order in the shared order store; the shared lifecycle takes it from Incomplete to Closed. */
export function createTollFreeOrder(
  state: SandboxState,
  now: number,
  kind: Order['kind'],
  items: { tn: string; tnNote?: string; tnFeature?: Record<string, StringMap> }[],
  customerOrderReference: string,
  productId: Order['productId'] = kind === 'FEATURE' ? 128 : 103,
): Order {
  const order: Order = {
    id: state.newOrderId(),
    kind,
    productId,
    serviceOrder: kind === 'NEW' ? 'NEW' : kind === 'DISCO' ? 'DISCO' : 'CHANGE',
    status: 'INCOMPLT',
    customerOrderReference,
    createdAt: now,
    createdUser: 'API User',
    lastModified: now,
    items: items.map((i) => ({ ...i, done: false })),
    hasFeatures: items.some((i) => i.tnFeature !== undefined),
    excluded: [],
    notes: [],
    background: false,
  };
  state.orders.set(order.id, order);
  return order;
}

/**
 * The toll-free members of an /orderDetail line (the guide's example, L9893): the number's routing label, RespOrg
 * and CICs as the account holds them now; empty, as in the example, for a number that is not a toll-free one of
 * the account.
 */
export function tollFreeLineFields(state: SandboxState, now: number, tn: string): Record<string, unknown> {
  const rec = tollFreeOf(state, now).numbers.get(tn);
  const cics = rec?.cics ?? [];
  return {
    routingLabel: rec?.routingLabel ?? '',
    respOrgName: rec?.respOrgName ?? '',
    respOrgPrefix: rec?.respOrgId ?? '',
    cicList: { cic: cics },
    cicCompanyList: { cicCompany: cics.map((c) => CIC_COMPANIES[c] ?? c) },
  };
}
