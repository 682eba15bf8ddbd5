/**
 * The carrier's display labels → order codes. Requests take codes
 * (productId 128, serviceOrderReference DISCO), but /orderList and
 * /orderDetail answer with labels ("Telephone Number Feature", "Disconnect",
 * "Received FOC"). Labels are compared squashed (case, spaces and punctuation
 * ignored), so "LNP Port-In", "Port-in order" and "PORT IN" are one key.
 * An unknown label maps to null; the raw label stays available beside it.
 */
import { isOrderProduct, productFromCode, serviceOrderTypeFromWire, type OrderProduct, type ServiceOrderType } from './codes.js';

/** Per-number status on an order, from the label of an /orderDetail line. */
export type OrderLineStatus = 'PENDING' | 'FOC_RECEIVED' | 'JEOPARDY' | 'COMPLETE' | 'CANCELED';

const squash = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]/g, '');

function lookup<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, labels] of entries) for (const label of labels) map.set(squash(label), value);
  return map;
}

/**
 * Every product of the guide's /orderList productId table (L9733), under the
 * labels the documents show ("Telephone Number", "LNP Port-In"), the one the
 * sandbox uses for 128 ("Telephone Number Feature"), and the table's own
 * descriptions, with and without "order" and "LNP". International products
 * ("UNITED KINGDOM29 DID") have no productId in the table and stay null.
 */
const PRODUCT_BY_LABEL = lookup<OrderProduct>([
  ['TELEPHONE_NUMBER', ['Telephone Number', 'Telephone number, trunk group update, or disconnect order', 'TN']],
  ['PORT_IN', ['LNP Port-In', 'Port-In', 'Port-in order']],
  ['PORT_OUT', ['LNP Port-Out', 'Port-Out', 'Port-out order']],
  ['TOLL_FREE_LOAD', ['Toll Free Load', 'Toll free load order']],
  ['TN_FEATURE', ['Telephone Number Feature', 'Telephone number feature order', 'TN Feature']],
  [
    'TN_MESSAGING_ONLY',
    ['Telephone Number Messaging-Only', 'Telephone number messaging-only order', 'TN Messaging-Only', 'Messaging-Only'],
  ],
  ['PORT_IN_MESSAGING_ONLY', ['LNP Port-In Messaging-Only', 'Port-In Messaging-Only', 'Port-in messaging-only order']],
  ['TOLL_FREE_PORT_IN', ['Toll Free Port-In', 'Toll free port-in order']],
  ['TOLL_FREE_INVENTORY', ['Toll Free Inventory', 'Toll free inventory order', 'Toll Free']],
]);

export function productFromLabel(name: string | undefined): OrderProduct | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (isOrderProduct(trimmed)) return trimmed; // a variant carrier that already answers the code's name
  // productId codes, in case a variant answers with the code instead of the label.
  if (/^\d+$/.test(trimmed)) return productFromCode(trimmed) ?? null;
  return PRODUCT_BY_LABEL.get(squash(trimmed)) ?? null;
}

/** serviceOrderName values per the guide: New, Change, Disconnect (codes NEW, CHANGE, DISCO). */
export function serviceOrderTypeFromLabel(name: string | undefined): ServiceOrderType | null {
  return serviceOrderTypeFromWire(name) ?? null;
}

/**
 * Per-number statuses on an order (`tnStatus` of /orderDetail lines), from the
 * guide's "Port-In Status" section (L13028–L13275): Pending (no FOC yet),
 * Received FOC (port date set), a rejection reason (jeopardy: correction
 * required), Activated or Complete. The sandbox also uses Pending and
 * Complete for inventory orders, and Canceled for a number on a canceled
 * order.
 */
const LINE_STATUS_BY_LABEL = lookup<OrderLineStatus>([
  ['PENDING', ['Pending', 'Pending FOC']],
  ['FOC_RECEIVED', ['Received FOC', 'FOC Received', 'FOC Secured']],
  [
    'JEOPARDY',
    [
      'Jeopardy',
      // The guide's list of port-in rejections (L13036–L13057).
      'Address remaining services on account',
      'Auth name mismatch',
      'All data mismatch',
      'Invalid end user name',
      'Invalid account number',
      'Invalid address',
      'Invalid BTN',
      'Invalid zip code',
      'Need LOA (dated within 30 days)',
      'Need LOA',
      'Local Service Freeze on account',
      'New BTN needed for partial port',
      'No ICA with Carrier',
      'PIN required/invalid',
      'TN inactive/disconnected',
      'TN not portable',
      'TN on a pending request',
      'TNs belong on different accounts',
      'Other Reject',
      'Other Reject – Please see notes',
    ],
  ],
  ['COMPLETE', ['Complete', 'Completed', 'Activated', 'Port Complete', 'In Service']],
  ['CANCELED', ['Canceled', 'Cancelled']],
]);

export function orderLineStatusFromLabel(label: string | undefined): OrderLineStatus | null {
  if (!label) return null;
  const key = squash(label);
  // "Other Reject – <free text>": the guide's catch-all rejection.
  if (key.startsWith('otherreject')) return 'JEOPARDY';
  return LINE_STATUS_BY_LABEL.get(key) ?? null;
}
