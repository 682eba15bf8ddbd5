/** The one mapping from the upstream order model to the orders domain's GraphQL types. */
import type { ExcludedOrderNumber } from '../../upstream/orders/excluded-tn-list.js';
import type {
  OrderDetail,
  OrderLine as OrderLineModel,
  OrderLineFeatureStatus as FeatureStatusModel,
} from '../../upstream/orders/order-detail.js';
import type { ExcludedNumber } from '../../upstream/shared/exclusions.js';
import type { OrderNote as OrderNoteModel } from '../../upstream/shared/order-note.js';
import type { OrderSummary } from '../../upstream/shared/order-summary.js';
import { toEndUser, toFeatures, toRateCenter } from '../numbers/numbers.mapper.js';
import { OrderLineFeatureStatus, OrderLineFeatureStatuses, type OrderLine } from './order-line.type.js';
import { orderLineType } from './order-lines.js';
import { ExcludedTelephoneNumber, Order, OrderNote } from './order.type.js';
import { OrderLineStatus, OrderProduct, OrderStatus, ServiceOrderType } from './orders.enums.js';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function isDetail(model: OrderSummary | OrderDetail): model is OrderDetail {
  return Array.isArray((model as OrderDetail).lines);
}

export function toOrder(model: OrderSummary | OrderDetail): Order {
  const o = new Order();
  o.id = model.orderId;
  o.status = model.status as OrderStatus;
  o.product = model.product ? OrderProduct[model.product] : null;
  o.statusLabel = orNull(model.statusLabel);
  o.productLabel = orNull(model.productName);
  o.type = model.type ? ServiceOrderType[model.type] : null;
  o.typeLabel = orNull(model.serviceOrderName);
  o.customerOrderReference = model.customerOrderReference || null;
  o.desiredDueDate = orNull(model.desiredDueDate);
  o.desiredPortTime = orNull(model.desiredPortTime);
  o.numberCount = orNull(model.tnQuantity) ?? (isDetail(model) ? model.lines.length : null);
  o.createdOn = orNull(model.createdOn);
  o.createdBy = orNull(model.createdUser);
  if (isDetail(model)) o.detail = model;
  else o.summary = model;
  return o;
}

function toFeatureStatus(model: FeatureStatusModel | undefined): OrderLineFeatureStatus | null {
  if (!model) return null;
  const s = new OrderLineFeatureStatus();
  s.enabled = model.enabled;
  s.status = model.status || null;
  return s;
}

/** A line of `order`, typed by the order's product (order-lines.ts). */
export function toOrderLine(model: OrderLineModel, order: Pick<Order, 'product' | 'type'>): OrderLine {
  const l = new (orderLineType(order.product, order.type))();
  l.model = model;
  l.tn = model.tn;
  l.trunkGroupName = model.trunkGroup || null;
  l.status = model.statusCode ? OrderLineStatus[model.statusCode] : null;
  l.statusLabel = model.status || null;
  l.endUser = toEndUser(model.endUser);
  if (l.endUser) l.endUser.status = model.endUserStatus ?? null;
  l.features = toFeatures(model.features);
  l.rateCenter = toRateCenter(model.rateCenter ? { rateCenter: model.rateCenter, lata: model.lata, province: model.province } : undefined);
  const fs = new OrderLineFeatureStatuses();
  fs.callerId = toFeatureStatus(model.callerId);
  fs.directoryListing = toFeatureStatus(model.directoryListing);
  fs.e911 = toFeatureStatus(model.e911);
  fs.messaging = toFeatureStatus(model.messaging);
  l.featureStatus = fs;
  return l;
}

export function toOrderNote(model: OrderNoteModel): OrderNote {
  const n = new OrderNote();
  n.id = orNull(model.noteId);
  n.text = model.note;
  n.createdAt = orNull(model.insertedAt);
  n.createdBy = orNull(model.insertedBy);
  return n;
}

/** From /excludedTnList items and from write submissions' exclusions alike. */
export function toExcludedNumber(model: ExcludedOrderNumber | ExcludedNumber, orderId?: string | null): ExcludedTelephoneNumber {
  const e = new ExcludedTelephoneNumber();
  const full = model as Partial<ExcludedOrderNumber>;
  e.tn = model.tn;
  e.reason = model.reason || null;
  e.orderId = full.orderId ?? orderId ?? null;
  e.customerOrderReference = full.customerOrderReference || null;
  e.excludedOn = orNull(full.insertedOn);
  e.displayName = orNull(full.displayName);
  return e;
}
