/**
 * Port-out orders: another carrier takes numbers away from the account, and the account (the
 * losing carrier) may reject numbers or approve the order before the port date. They are created
 * through the control API (the sandbox has no gaining carrier) and kept beside the state.
 *
 *   PENDING ──port date, some number not rejected──▶ CLSD (those numbers leave the account)
 *      └── every number rejected ─▶ CNCL
 *
 * An unanswered number ports on the port date: "if no further action is taken within a stipulated
 * time, the port will be authorized" (webhooks, L12540).
 */
import type { SandboxState } from '../../store.js';

export const PORT_OUT_DAYS = 5;
export const DAY_MS = 86_400_000;
/** /tnPortOutHistory covers "the past three months" (L11640). */
export const HISTORY_MS = 90 * DAY_MS;

export type PortOutLineState = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface PortOutLine {
  tn: string;
  state: PortOutLineState;
  rejectReason?: string;
}

export interface PortOutOrder {
  orderId: number;
  customerOrderReference: string;
  createdAt: number;
  portAt: number;
  status: 'PENDING' | 'CNCL' | 'CLSD';
  lines: PortOutLine[];
  closedAt?: number;
}

const books = new WeakMap<SandboxState, Map<number, PortOutOrder>>();

export function portOutsOf(state: SandboxState): Map<number, PortOutOrder> {
  let m = books.get(state);
  if (!m) books.set(state, (m = new Map()));
  return m;
}

/** Applies every port date at or before `now`: numbers not rejected leave the account. */
export function settlePortOuts(state: SandboxState, now: number): void {
  const book = books.get(state);
  if (!book) return;
  for (const o of book.values()) {
    if (o.status !== 'PENDING' || o.portAt > now) continue;
    o.status = 'CLSD';
    o.closedAt = o.portAt;
    for (const line of o.lines) {
      if (line.state === 'REJECTED') continue;
      state.assigned.delete(line.tn);
      const rec = state.numbers.get(line.tn);
      // Gone to another carrier: not ours to sell again.
      if (rec) rec.state = 'aging';
    }
  }
}

/** Numbers already on a pending port-out. */
export function tnsOnPendingPortOuts(state: SandboxState): Set<string> {
  const tns = new Set<string>();
  for (const o of portOutsOf(state).values()) if (o.status === 'PENDING') for (const l of o.lines) tns.add(l.tn);
  return tns;
}
