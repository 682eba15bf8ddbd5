/**
 * /portInOrderTnList: every number on the account's pending port-in orders, one row per number
 * with its own status (read; the whole account in one call, so it is the bulk source of per-number
 * port status). A 430 reads as no numbers.
 */
import { defineOperation } from '../define.js';
import { orderStatusFromWire, type OrderStatus } from '../shared/codes.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { orderId, record, text, timestamp, tn, wrappedList } from '../wire/schema.js';
import { jeopardyReasonFromLabel, portStatusFromLabel, type JeopardyReason, type PortStatus } from './port-status.js';

export interface PortingNumberRow {
  tn: Tn;
  orderId: string;
  customerOrderReference?: string;
  orderStatus?: OrderStatus;
  /** YYYY-MM-DD. */
  desiredDueDate?: string;
  createdAt?: string;
  createdUser?: string;
  status?: PortStatus;
  /** tnStatus as the carrier wrote it. */
  statusLabel?: string;
  jeopardyReason?: JeopardyReason;
  /** rejectReasonName as written. */
  rejectReason?: string;
  /** The activation group (processName). */
  tnGroup?: string;
}

const row = record({
  orderId,
  customerOrderReference: text,
  orderStatus: text,
  desiredDueDate: timestamp,
  createdDate: timestamp,
  // " test@email.com" in the example: `text` trims it.
  createdUser: text,
  rejectReasonName: text,
  tn,
  processName: text,
  tnStatus: text,
});

export const portInOrderTnList = defineOperation({
  name: 'portInOrderTnList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ orderList: wrappedList('orderType', row) }),
  map: (wire): PortingNumberRow[] =>
    wire.orderList.map((r) => {
      const reason = jeopardyReasonFromLabel(r.rejectReasonName) ?? jeopardyReasonFromLabel(r.tnStatus);
      return defined({
        tn: r.tn,
        orderId: r.orderId ?? '',
        customerOrderReference: r.customerOrderReference,
        orderStatus: orderStatusFromWire(r.orderStatus),
        desiredDueDate: r.desiredDueDate?.date,
        createdAt: r.createdDate?.instant,
        createdUser: r.createdUser,
        // This list carries no portDt: "Pending" here is read as no FOC yet.
        status: portStatusFromLabel(r.tnStatus, false),
        statusLabel: r.tnStatus,
        jeopardyReason: reason,
        rejectReason: r.rejectReasonName,
        tnGroup: r.processName,
      });
    }),
  notFound: { empty: () => [] },
});
