/** How port-out orders read in /orderDetail (owned by the orders domain, which calls this). */
import type { Order, OrderItem } from '../../types.js';
import { lineState } from './port-out-book.js';

/** /tnPortOutReject's codes and their meanings (L10539), as a rejected number's status reads. */
const REJECT_LABELS: Record<string, string> = {
  PIN: 'PIN required/invalid',
  DATAMIS: 'All data mismatch',
  AUTHNMMIS: 'Auth name mismatch',
  INVACCT: 'Invalid account number',
  INVZIPCD: 'Invalid zip code',
};

/**
 * A port-out number's tnStatus. The guide lists no port-out statuses: the sandbox says Pending
 * (awaiting the account's answer), Approved, the reject reason's meaning once rejected (as a
 * rejected port-in number shows its reason, L13050), and Port Complete once ported away.
 */
export function portOutTnStatus(o: Order, item: OrderItem): string {
  const state = lineState(item);
  if (state === 'REJECTED') return REJECT_LABELS[item.portOut?.rejectReason ?? ''] ?? 'Rejected';
  if (o.status === 'CLSD') return 'Port Complete';
  return state === 'APPROVED' ? 'Approved' : 'Pending';
}

/** The per-number members that differ on a port-out line. */
export function portOutLineFields(o: Order, item: OrderItem): Record<string, string> {
  if (o.kind !== 'PORT_OUT') return {};
  return { tnStatus: portOutTnStatus(o, item) };
}
