/**
 * Order enums. Internal values are the normalised model's (src/upstream/shared/codes.ts).
 * Value sets from the guide's /orderList (status, serviceOrderReference, productId)
 * and its Port-In Status section; labels are parsed upstream (src/upstream/shared/order-labels.ts).
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
  description: 'Order status (carrier codes INCOMPLT, PENDING, PCNCL, CNCL, CLSD). Only PENDING orders can be canceled.',
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

export enum OrderLineStatus {
  PENDING = 'PENDING',
  FOC_RECEIVED = 'FOC_RECEIVED',
  JEOPARDY = 'JEOPARDY',
  COMPLETE = 'COMPLETE',
  CANCELED = 'CANCELED',
}
registerEnumType(OrderLineStatus, {
  name: 'OrderLineStatus',
  description:
    'Where one number stands on an order (a port-in goes Pending, Received FOC, then Complete). ' +
    'Each number has its own: do not infer it from the order status.',
  valuesConfig: {
    PENDING: { description: 'Pending: being moved into routing, or (port-in) no FOC yet.' },
    FOC_RECEIVED: { description: 'Received FOC: the losing carrier confirmed a port date.' },
    JEOPARDY: { description: 'A port-in rejection (e.g. "PIN required/invalid"): a correction is required; statusLabel gives the reason.' },
    COMPLETE: { description: 'Complete or Activated: the number is done.' },
    CANCELED: { description: 'Canceled on this order.' },
  },
});

export enum OrderSortField {
  ORDER_ID = 'orderId',
  CUSTOMER_ORDER_REFERENCE = 'customerOrderReference',
  DESIRED_DUE_DATE = 'desiredDueDate',
  FOC_DATE = 'focDate',
}
registerEnumType(OrderSortField, {
  name: 'OrderSortField',
  description: 'Sort keys /orderList supports (pageSort.property).',
  valuesConfig: {
    ORDER_ID: { description: 'Carrier order id: ids grow over time, so DESC is newest first.' },
    CUSTOMER_ORDER_REFERENCE: { description: 'Your customerOrderReference.' },
    DESIRED_DUE_DATE: { description: 'Desired due date.' },
    FOC_DATE: { description: 'Firm order commitment (port) date; port-in orders only.' },
  },
});
