import type { Order } from './types.js';

/**
 * How long the order state machine (lifecycle.ts) takes over each step, and the first step every order takes. Handlers and the seed import the
 * times from here rather than from lifecycle.ts, which iterates the domains: a domain importing it would
 * close an import cycle.
 */

/** "For smaller orders, Incomplete status will only be applied for 10-15 seconds." */
export const INCOMPLETE_MS = 10_000;
/** "moved into routing, which occurs at a rate of four telephone numbers per second" */
export const ROUTE_MS_PER_TN = 250;
/** "typically a few seconds total for all features. Features are enabled all at once" */
export const FEATURE_DELAY_MS = 3_000;
/** Pending Cancel "until it can be reviewed by an Inteliquent employee" — sandbox review delay. */
export const CANCEL_REVIEW_MS = 30_000;
/** "TNs … will be reserved for up to four hours before they are released back into inventory" (L1128). */
export const RESERVATION_MS = 4 * 60 * 60 * 1000;

/**
 * Incomplete → Pending once INCOMPLETE_MS has passed, or Canceled when no number was valid (Order Validation: "If all
 * telephone numbers on a large request are invalid, your order will automatically be cancelled"). Every order kind
 * takes this step; what follows Pending is the kind's own.
 */
export function leaveIncomplete(o: Order, now: number): void {
  if (o.status !== 'INCOMPLT') return;
  const t = o.createdAt + INCOMPLETE_MS;
  if (now < t) return;
  o.lastModified = t;
  if (o.items.length === 0) {
    o.status = 'CNCL';
    o.closedAt = t;
    return;
  }
  o.status = 'PENDING';
  o.pendingAt = t;
}
