/**
 * Port-out orders: another carrier takes numbers away from the account, and the account (the
 * losing carrier) may reject numbers or approve the order before the port date. They are created
 * through the control API (the sandbox has no gaining carrier) and live in the order store as
 * productId 114 orders (kind PORT_OUT), so /orderList and /orderDetail show them like any order.
 *
 *   PENDING ──port date, some number not rejected──▶ CLSD (those numbers leave the account)
 *      └── every number rejected ─▶ CNCL
 *
 * An unanswered number ports on the port date: "if no further action is taken within a stipulated
 * time, the port will be authorized" (webhooks, L12540). Approving does not close the order early:
 * the numbers still port on the port date (the "Port-out completed" webhook, L12639, is the close).
 */
import type { SandboxState } from '../../store.js';
import type { Order, OrderItem } from '../../types.js';
import { dayDate } from '../../wire.js';

export const PORT_OUT_DAYS = 5;
export const DAY_MS = 86_400_000;
/** /tnPortOutHistory covers "the past three months" (L11640). */
export const HISTORY_MS = 90 * DAY_MS;

export const PORT_OUT_PRODUCT = 114;

export const portOutOrders = (state: SandboxState): Order[] => [...state.orders.values()].filter((o) => o.kind === 'PORT_OUT');

/** The port-out order an orderId names (a string or a number on the wire). */
export function findPortOut(state: SandboxState, orderId: string): Order | undefined {
  const o = /^\d+$/.test(orderId) ? state.orders.get(Number(orderId)) : undefined;
  return o?.kind === 'PORT_OUT' ? o : undefined;
}

export const lineState = (item: OrderItem) => item.portOut?.state ?? 'PENDING';

/** Opens a port-out order (the gaining carrier's request) against numbers on the account. */
export function openPortOut(state: SandboxState, now: number, tns: string[], portAt: number, reference?: string): Order {
  const id = state.newOrderId();
  const order: Order = {
    id,
    kind: 'PORT_OUT',
    productId: PORT_OUT_PRODUCT,
    // Numbers leave the account: the closest of the guide's three order types (NEW is "inventory, load, or port-in").
    serviceOrder: 'DISCO',
    status: 'PENDING',
    customerOrderReference: reference ?? `PORTOUT-${id}`,
    createdAt: now,
    // The gaining carrier's order: no user of the account submitted it.
    createdUser: '',
    lastModified: now,
    items: [...new Set(tns)].map((tn) => ({ tn, done: false, portOut: { state: 'PENDING' } })),
    hasFeatures: false,
    pendingAt: now,
    excluded: [],
    notes: [],
    background: false,
    portOutAt: portAt,
    // The port date is the date the order is due (the list's desiredDueDate and its sort).
    desiredDueDate: dayDate(portAt),
  };
  state.orders.set(id, order);
  return order;
}

/** The account refuses one number: "the TN is deleted from the order and not processed" (L12579). */
export function rejectLine(o: Order, item: OrderItem, reason: string, now: number): void {
  item.portOut = { state: 'REJECTED', rejectReason: reason };
  item.canceled = true;
  o.lastModified = now;
  if (o.items.every((i) => lineState(i) === 'REJECTED')) {
    o.status = 'CNCL';
    o.closedAt = now;
  }
}

/** Applies every port date at or before `now`: numbers not rejected leave the account. */
export function settlePortOuts(state: SandboxState, now: number): void {
  for (const o of portOutOrders(state)) {
    const portAt = o.portOutAt ?? o.createdAt;
    if (o.status !== 'PENDING' || portAt > now) continue;
    o.status = 'CLSD';
    o.closedAt = portAt;
    o.lastModified = portAt;
    for (const item of o.items) {
      if (lineState(item) === 'REJECTED') continue;
      item.done = true;
      item.doneAt = portAt;
      state.assigned.delete(item.tn);
      const rec = state.numbers.get(item.tn);
      // Gone to another carrier: not ours to sell again.
      if (rec) rec.state = 'aging';
    }
  }
}

/** Numbers already on a pending port-out. */
export function tnsOnPendingPortOuts(state: SandboxState): Set<string> {
  const tns = new Set<string>();
  for (const o of portOutOrders(state)) if (o.status === 'PENDING') for (const i of o.items) tns.add(i.tn);
  return tns;
}
