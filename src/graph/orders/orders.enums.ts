/**
 * Order enums. Internal values are the normalised model's (src/upstream/model.ts).
 * Value sets from the guide's /orderList (status, serviceOrderReference, productId).
 */
import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  INCOMPLETE = 'INCOMPLETE',
  PENDING = 'PENDING',
  PENDING_CANCEL = 'PENDING_CANCEL',
  CANCELED = 'CANCELED',
  CLOSED = 'CLOSED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Order status (carrier codes INCOMPLT, PENDING, PCNCL, CNCL, CLSD). Only PENDING orders can be cancelled.',
  valuesConfig: {
    INCOMPLETE: { description: 'Incomplete (INCOMPLT).' },
    PENDING: { description: 'Submitted and being worked (PENDING).' },
    PENDING_CANCEL: { description: 'Cancellation requested (PCNCL).' },
    CANCELED: { description: 'Canceled (CNCL).' },
    CLOSED: { description: 'Completed (CLSD).' },
  },
});

export enum ServiceOrderType {
  NEW = 'NEW',
  DISCONNECT = 'DISCONNECT',
  CHANGE = 'CHANGE',
}
registerEnumType(ServiceOrderType, {
  name: 'ServiceOrderType',
  description: 'Kind of order (carrier serviceOrderReference NEW, DISCO, CHANGE).',
  valuesConfig: {
    NEW: { description: 'New numbers: inventory order, load or port-in.' },
    DISCONNECT: { description: 'Disconnect (DISCO).' },
    CHANGE: { description: 'Trunk group/routing update or feature change.' },
  },
});

export enum OrderProduct {
  TELEPHONE_NUMBER = 'TELEPHONE_NUMBER',
  PORT_IN = 'PORT_IN',
  PORT_OUT = 'PORT_OUT',
  TOLL_FREE_LOAD = 'TOLL_FREE_LOAD',
  TN_FEATURE = 'TN_FEATURE',
  TN_MESSAGING_ONLY = 'TN_MESSAGING_ONLY',
  PORT_IN_MESSAGING_ONLY = 'PORT_IN_MESSAGING_ONLY',
  TOLL_FREE_PORT_IN = 'TOLL_FREE_PORT_IN',
  TOLL_FREE_INVENTORY = 'TOLL_FREE_INVENTORY',
}
registerEnumType(OrderProduct, {
  name: 'OrderProduct',
  description: 'Order product (carrier productId).',
  valuesConfig: {
    TELEPHONE_NUMBER: { description: '103: telephone number order, trunk group update or disconnect.' },
    PORT_IN: { description: '113: port-in.' },
    PORT_OUT: { description: '114: port-out.' },
    TOLL_FREE_LOAD: { description: '122: toll-free load.' },
    TN_FEATURE: { description: '128: number feature order.' },
    TN_MESSAGING_ONLY: { description: '129: messaging-only number.' },
    PORT_IN_MESSAGING_ONLY: { description: '130: messaging-only port-in.' },
    TOLL_FREE_PORT_IN: { description: '131: toll-free port-in.' },
    TOLL_FREE_INVENTORY: { description: '134: toll-free inventory.' },
  },
});

/**
 * Responses carry product display names, not productIds. Only the names the
 * guide shows are mapped; anything else stays available as `productName`.
 */
const PRODUCT_BY_NAME = new Map<string, OrderProduct>([
  ['telephone number', OrderProduct.TELEPHONE_NUMBER],
  ['lnp port-in', OrderProduct.PORT_IN],
  ['lnp port-out', OrderProduct.PORT_OUT],
]);
const PRODUCT_CODES = new Set<string>(Object.values(OrderProduct));

export function productFromName(name: string | undefined): OrderProduct | null {
  if (!name) return null;
  if (PRODUCT_CODES.has(name)) return name as OrderProduct; // an upstream client that already normalised
  return PRODUCT_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** serviceOrderName values per the guide: New, Change, Disconnect. */
const TYPE_BY_NAME = new Map<string, ServiceOrderType>([
  ['new', ServiceOrderType.NEW],
  ['change', ServiceOrderType.CHANGE],
  ['disconnect', ServiceOrderType.DISCONNECT],
  ['disco', ServiceOrderType.DISCONNECT],
]);

export function serviceOrderTypeFromName(name: string | undefined): ServiceOrderType | null {
  if (!name) return null;
  return TYPE_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

export enum OrderSortField {
  ORDER_ID = 'orderId',
  CUSTOMER_ORDER_REFERENCE = 'customerOrderReference',
  DESIRED_DUE_DATE = 'desiredDueDate',
  FOC_DATE = 'focDate',
}
registerEnumType(OrderSortField, { name: 'OrderSortField', description: 'Sort keys /orderList supports.' });
