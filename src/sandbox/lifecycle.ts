/**
 * Order state machine ("Order Statuses", guide L12991–L13040), driven only by the sandbox clock.
 *
 *   INCOMPLT ──10 s──▶ PENDING ──4 TNs/s (+ features, all at once)──▶ CLSD
 *      │                  │
 *      │ (all TNs invalid) └─ /orderCancel ─▶ PCNCL ──30 s review──▶ CNCL
 *      └────────────────────────────────────────────────────────────▶ CNCL
 *
 * `tick(now)` applies every transition due at or before `now`, each stamped with the exact
 * instant it was due (so results don't depend on how often the clock is sampled). Each tick first expires
 * reservations, then runs the domains' own clock work, then moves orders in id order; a domain takes the
 * orders it moves itself (port-ins, port-outs) off this path with `advancesOrder`.
 */
import { DOMAINS } from './domains.js';
import { applyFeatures } from './features.js';
import { CANCEL_REVIEW_MS, FEATURE_DELAY_MS, leaveIncomplete, ROUTE_MS_PER_TN } from './order-timing.js';
import type { SandboxState } from './store.js';
import type { Order, OrderItem } from './types.js';

export function tick(state: SandboxState, now: number): void {
  state.expireReservations(now);
  for (const domain of DOMAINS) domain.tick?.(state, now);
  for (const order of state.openOrders().sort((a, b) => a.id - b.id)) advanceOrder(state, order, now);
}

/** Items an order routes one by one (feature orders have none: their work is the feature step). */
const routedItems = (o: Order): OrderItem[] => (o.kind === 'FEATURE' ? [] : o.items);

function closeTime(o: Order): number {
  return (o.pendingAt ?? o.createdAt) + routedItems(o).length * ROUTE_MS_PER_TN + (o.hasFeatures ? FEATURE_DELAY_MS : 0);
}

function advanceOrder(state: SandboxState, o: Order, now: number): void {
  for (const domain of DOMAINS) {
    const step = domain.advancesOrder?.(o);
    if (step) return step(state, o, now);
  }
  leaveIncomplete(o, now);
  if (o.status === 'PENDING') {
    const start = o.pendingAt ?? o.createdAt;
    routedItems(o).forEach((item, i) => {
      const due = start + (i + 1) * ROUTE_MS_PER_TN;
      if (!item.done && due <= now) routeItem(state, o, item, due);
    });
    const close = closeTime(o);
    if (now >= close) {
      for (const item of o.items) {
        if (!item.done) routeItem(state, o, item, close);
        finishItem(state, o, item);
      }
      o.status = 'CLSD';
      o.closedAt = close;
      o.lastModified = close;
    }
    return;
  }
  if (o.status === 'PCNCL') {
    const t = (o.cancelRequestedAt ?? now) + CANCEL_REVIEW_MS;
    if (now < t) return;
    // A disconnect takes effect only when its order closes (finishItem), so a canceled disconnect
    // order gives back every number on it, routed or not; other kinds undo only unrouted work.
    for (const item of o.items) if (!item.done || o.kind === 'DISCO') cancelItem(state, o, item);
    o.status = 'CNCL';
    o.closedAt = t;
    o.lastModified = t;
  }
}

/** Per-TN routing step (four per second). */
function routeItem(state: SandboxState, o: Order, item: OrderItem, at: number): void {
  item.done = true;
  item.doneAt = at;
  o.lastModified = at;
  const a = state.assigned.get(item.tn);
  if (!a) return;
  if (o.kind === 'NEW') {
    a.status = 'In Service';
    a.activateDate = at;
  } else if (o.kind === 'TRUNK_GROUP' && item.trunkGroup && a.status === 'In Service') {
    a.trunkGroup = item.trunkGroup;
    a.activateDate = at; // activateDate = "activation to current trunk group" (tnDetail L1841)
  }
}

/** Work done when the order closes: features (all at once) and disconnect removal. */
function finishItem(state: SandboxState, o: Order, item: OrderItem): void {
  const a = state.assigned.get(item.tn);
  if (!a) return;
  if ((o.kind === 'NEW' || o.kind === 'FEATURE') && (item.tnFeature || item.endUser)) {
    applyFeatures(a, item.tnFeature, item.endUser);
  }
  if (o.kind === 'DISCO') {
    // Disconnected TNs leave the account; they go to aging rather than straight back to inventory.
    state.assigned.delete(item.tn);
    const rec = state.numbers.get(item.tn);
    if (rec) rec.state = 'aging';
  }
}

/** Cancel: undo the work not yet done on a TN. */
function cancelItem(state: SandboxState, o: Order, item: OrderItem): void {
  item.canceled = true;
  if (o.kind === 'NEW') {
    // "cancelling releases the order's not-yet-active TNs back to inventory"
    state.assigned.delete(item.tn);
    const rec = state.numbers.get(item.tn);
    if (rec) rec.state = 'available';
  } else if (o.kind === 'DISCO') {
    const a = state.assigned.get(item.tn);
    if (a && a.status === 'Pending Disconnect') a.status = 'In Service';
  }
}
