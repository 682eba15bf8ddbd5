/** How orders read on the wire: display names for the codes, visible TNs, notes newest first. */
import type { Order, OrderItem, OrderStatus, ProductId } from '../../types.js';
import { dayDate } from '../../wire.js';

/** Filter codes ↔ display names ("Order Statuses", L12991). */
export const ORDER_STATUS_NAMES: Record<OrderStatus, string> = {
  INCOMPLT: 'Incomplete',
  PENDING: 'Pending',
  PCNCL: 'Pending Cancel',
  CNCL: 'Canceled',
  CLSD: 'Closed',
};
/**
 * Every product of the guide's /orderList productId table (L9733), so a domain that creates orders never adds one:
 * 103 and 113 as the guide's examples write them, 114 as its webhooks do, the others as the table words them.
 */
export const PRODUCT_NAMES: Record<ProductId, string> = {
  103: 'Telephone Number',
  113: 'LNP Port-In',
  114: 'LNP Port-Out',
  122: 'Toll Free Load',
  128: 'Telephone Number Feature',
  129: 'Telephone Number Messaging-Only',
  130: 'LNP Port-In Messaging-Only',
  131: 'Toll Free Port-In',
  134: 'Toll Free Inventory',
};
export const SERVICE_ORDER_NAMES: Record<string, string> = { NEW: 'New', DISCO: 'Disconnect', CHANGE: 'Change' };

/** TNs shown on an order: background-validated orders show none while Incomplete (L12999 "may result in no information returned"). */
export const visibleItems = (o: Order): OrderItem[] => (o.background && o.status === 'INCOMPLT' ? [] : o.items);

export const newestFirst = (o: Order) => [...o.notes].sort((a, b) => b.at - a.at || Number(b.noteId) - Number(a.noteId));

/** desiredDueDate as the order lists it: the one /orderUpdate set, else the creation day. */
export const dueDateOf = (o: Order): string => o.desiredDueDate ?? dayDate(o.createdAt);
