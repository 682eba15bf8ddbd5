/** /portInOrderList: port-in orders with their numbers counted by status (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { orderStatusFromWire, orderStatusToCode, type OrderStatus } from '../shared/codes.js';
import { orderIdField } from '../shared/order-ref.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type Page, type PageRequest } from '../shared/page.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { count, orderId, record, text, timestamp, wrappedList } from '../wire/schema.js';
import { jeopardyReasonFromLabel, type JeopardyReason } from './port-status.js';

export interface PortInOrderFilter {
  orderId?: string;
  customerOrderReference?: string;
  status?: OrderStatus;
  tn?: Tn;
  createdFrom?: string;
  createdTo?: string;
  page?: PageRequest;
}

export interface PortCounts {
  tnQuantity?: number;
  focTnQuantity?: number;
  rejectedTnQuantity?: number;
  activatedTnQuantity?: number;
}

export interface PortInOrderSummary extends PortCounts {
  orderId: string;
  status?: OrderStatus;
  statusLabel?: string;
  customerOrderReference?: string;
  desiredDueDate?: string;
  createdAt?: string;
  createdOn?: string;
  createdUser?: string;
  /** Counts per port date; a group without an FOC has no portDate. */
  byPortDate: Array<PortCounts & { portDate?: string }>;
  rejections: Array<{ reason?: JeopardyReason; label: string; count?: number }>;
}

const counts = { tnQuantity: count, focTnQuantity: count, rejectedTnQuantity: count, activatedTnQuantity: count };

const summary = record({
  orderId,
  orderStatus: text,
  customerOrderReference: text,
  desiredDueDate: timestamp,
  createdDate: timestamp,
  createdUser: text,
  ...counts,
  focList: wrappedList('focItem', record({ portDate: timestamp, ...counts })),
  rejectReasonList: wrappedList('rejectReasonItem', record({ rejectReason: text, rejectedTnQuantity: count })),
});

export const portInOrderList = defineOperation({
  name: 'portInOrderList',
  kind: 'read',
  request: (f: PortInOrderFilter) =>
    compact({
      orderId: orderIdField(f.orderId),
      customerOrderReference: f.customerOrderReference,
      orderStatus: f.status ? orderStatusToCode(f.status) : undefined,
      createdDateStartRange: f.createdFrom,
      createdDateEndRange: f.createdTo,
      tn: f.tn !== undefined ? inputTn('portInOrderList', f.tn) : undefined,
      pageSort: pageSort(f.page),
    }),
  response: record({ orderList: wrappedList('orderType', summary), ...pageFields }),
  map: (wire, f): Page<PortInOrderSummary> => {
    const items = wire.orderList.map((o) =>
      defined({
        orderId: o.orderId ?? '',
        status: orderStatusFromWire(o.orderStatus),
        statusLabel: o.orderStatus,
        customerOrderReference: o.customerOrderReference,
        desiredDueDate: o.desiredDueDate?.date,
        createdAt: o.createdDate?.instant,
        createdOn: o.createdDate?.date,
        createdUser: o.createdUser,
        tnQuantity: o.tnQuantity,
        focTnQuantity: o.focTnQuantity,
        rejectedTnQuantity: o.rejectedTnQuantity,
        activatedTnQuantity: o.activatedTnQuantity,
        byPortDate: o.focList.map((i) => defined({ ...i, portDate: i.portDate?.date })),
        rejections: o.rejectReasonList
          .filter((r) => r.rejectReason !== undefined)
          .map((r) => defined({ reason: jeopardyReasonFromLabel(r.rejectReason), label: r.rejectReason!, count: r.rejectedTnQuantity })),
      }),
    );
    return pageFromWire(wire, items, f.page?.page);
  },
  notFound: { empty: (f) => emptyPage<PortInOrderSummary>(f.page?.page) },
});
