/**
 * Order-level fields shared by /orderList items and /orderDetail. createdDate
 * is a date in /orderList (L9807) and a timestamp in /orderDetail (L13123):
 * the date is kept either way, the instant only when a time was sent.
 */
import { defined } from '../wire/request.js';
import { count, orderId, raw, text, timestamp } from '../wire/schema.js';
import { toInstant, type CarrierTimestamp } from '../wire/timestamps.js';
import { WireFormatError } from '../wire/values.js';
import { orderStatusFromWire, type OrderProduct, type OrderStatus, type ServiceOrderType } from './codes.js';
import { productFromLabel, serviceOrderTypeFromLabel } from './order-labels.js';

export interface OrderSummary {
  orderId: string;
  status: OrderStatus;
  /** The carrier's own status text as sent ("Pending", or a code such as "PENDING"). */
  statusLabel?: string;
  /** The product, from the carrier's label or code; absent for one the guide's table does not name. */
  product?: OrderProduct;
  /** The carrier's own product label, shown as is. */
  productName?: string;
  /** From serviceOrderName (New, Change, Disconnect). */
  type?: ServiceOrderType;
  serviceOrderName?: string;
  customerOrderReference?: string;
  /** YYYY-MM-DD, as the carrier writes it (a date even when sent as a midnight timestamp). */
  desiredDueDate?: string;
  /** Time of day and zone as sent, e.g. "09:00 US/Central"; not a timestamp. */
  desiredPortTime?: string;
  tnQuantity?: number;
  /** createdDate's calendar date, YYYY-MM-DD as the carrier writes it (/orderList gives only this). */
  createdOn?: string;
  /** createdDate as an ISO-8601 UTC instant, only when the carrier sent a time of day (/orderDetail does). */
  createdAt?: string;
  createdUser?: string;
  /** lastModifiedString (/orderList only) as an ISO-8601 UTC instant. */
  lastModified?: string;
}

export const orderSummaryFields = {
  orderId,
  orderStatus: raw,
  productName: text,
  serviceOrderName: text,
  customerOrderReference: text,
  desiredDueDate: timestamp,
  desiredPortTime: text,
  createdDate: timestamp,
  createdUser: text,
  lastModifiedString: raw,
  lastModified: raw,
  lastModifiedDate: raw,
  tnQuantity: count,
};

interface OrderSummaryWire {
  orderId: string | null;
  orderStatus?: unknown;
  productName?: string | undefined;
  serviceOrderName?: string | undefined;
  customerOrderReference?: string | undefined;
  desiredDueDate?: CarrierTimestamp | undefined;
  desiredPortTime?: string | undefined;
  createdDate?: CarrierTimestamp | undefined;
  createdUser?: string | undefined;
  lastModifiedString?: unknown;
  lastModified?: unknown;
  lastModifiedDate?: unknown;
  tnQuantity?: number | undefined;
}

export function orderSummaryFromWire(w: OrderSummaryWire, where: string): OrderSummary {
  if (w.orderId === null) throw new WireFormatError(`${where}.orderId: missing`);
  const status = orderStatusFromWire(w.orderStatus);
  if (!status) throw new WireFormatError(`${where}.orderStatus: unknown order status`);
  return defined({
    orderId: w.orderId,
    status,
    statusLabel: typeof w.orderStatus === 'string' ? w.orderStatus : undefined,
    product: productFromLabel(w.productName) ?? undefined,
    productName: w.productName,
    type: serviceOrderTypeFromLabel(w.serviceOrderName) ?? undefined,
    serviceOrderName: w.serviceOrderName,
    customerOrderReference: w.customerOrderReference,
    desiredDueDate: w.desiredDueDate?.date,
    desiredPortTime: w.desiredPortTime,
    createdOn: w.createdDate?.date,
    createdAt: w.createdDate?.instant,
    createdUser: w.createdUser,
    lastModified: toInstant(w.lastModifiedString ?? w.lastModified ?? w.lastModifiedDate),
    tnQuantity: w.tnQuantity,
  });
}
