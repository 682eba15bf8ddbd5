/**
 * /orderDetail: one order with its numbers and notes (read; 430 and 410
 * "Invalid Order Id" stay a NOT_FOUND error: the order does not exist).
 */
import { z } from 'zod';
import { defineOperation } from '../define.js';
import { endUserSchema, type EndUser } from '../shared/end-user.js';
import { featuresSchema, type TnFeatures } from '../shared/features.js';
import { orderLineStatusFromLabel, type OrderLineStatus } from '../shared/order-labels.js';
import { orderNoteSchema, type OrderNote } from '../shared/order-note.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { orderSummaryFields, orderSummaryFromWire, type OrderSummary } from '../shared/order-summary.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { list, raw, record, text, timestamp, tn, wrappedList, yn } from '../wire/schema.js';
import { isObject, str, toOrderId, WireFormatError } from '../wire/values.js';

/** Per-feature provisioning flags and statuses of a TN on an order. */
export interface OrderLineFeatureStatus {
  enabled: boolean;
  status?: string;
}

export interface OrderLine {
  tn: Tn;
  trunkGroup?: string;
  /** The per-line status label as the carrier wrote it ("Pending", "Received FOC", "PIN required/invalid", "Complete" …). */
  status?: string;
  /** That label read as a code; absent for a label the guide does not list. */
  statusCode?: OrderLineStatus;
  endUser?: EndUser;
  features?: TnFeatures;
  lata?: string;
  rateCenter?: string;
  province?: string;
  tnGroup?: string;
  /** cnamEnabled/cnamStatus: the caller ID (CNAM) feature. */
  callerId?: OrderLineFeatureStatus;
  directoryListing?: OrderLineFeatureStatus;
  e911?: OrderLineFeatureStatus;
  messaging?: OrderLineFeatureStatus;
  routingLabel?: string;
  /** Port-in lines: the confirmed port date (portDt, YYYY-MM-DD), present once the FOC is secured. */
  portDate?: string;
  /** Port-in lines: port time and zone as written, e.g. "09:00 US/Central". */
  portTime?: string;
  /** Port-in lines: the account data sent with the port. */
  accountNum?: string;
  atn?: string;
  authName?: string;
  /** Port-in lines: the authorization date (authDate "2016-05-20 00:00:00.0"), YYYY-MM-DD. */
  authDate?: string;
  /** Port-in lines: whether an account PIN is on file (accountPin); the PIN itself is never kept. */
  hasAccountPin?: boolean;
  /** The end user record's status at the carrier (endUser.status, e.g. "Received"). */
  endUserStatus?: string;
  /** Toll-free lines: the RespOrg and the carrier identification codes. */
  respOrgName?: string;
  respOrgPrefix?: string;
  cics?: string[];
  cicCompanies?: string[];
}

export interface OrderDetail extends OrderSummary {
  lines: OrderLine[];
  notes: OrderNote[];
}

const FEATURES = ['callerId', 'directoryListing', 'e911', 'messaging'] as const;
const FLAGS = {
  callerId: ['cnamEnabled', 'cnamStatus'],
  directoryListing: ['dlEnabled', 'dlStatus'],
  e911: ['e911Enabled', 'e911Status'],
  messaging: ['msgEnabled', 'msgStatus'],
} as const;

const line = record({
  tn,
  trunkGroup: text,
  tnStatus: text,
  lata: text,
  rateCenter: text,
  province: text,
  tnGroup: text,
  routingLabel: text,
  // Read twice: as the shared end user, and for the status only /orderDetail carries (L9871).
  endUser: raw,
  tnFeature: raw,
  cnamDip: yn,
  cnamEnabled: yn,
  cnamStatus: text,
  dlEnabled: yn,
  dlStatus: text,
  e911Enabled: yn,
  e911Status: text,
  msgEnabled: yn,
  msgStatus: text,
  portDt: timestamp,
  portTime: text,
  accountNum: text,
  atn: text,
  authName: text,
  authDate: timestamp,
  accountPin: text,
  respOrgName: text,
  respOrgPrefix: text,
  cicList: wrappedList('cic', text),
  cicCompanyList: wrappedList('cicCompany', text),
});

type LineWire = z.output<typeof line>;

/**
 * Per-feature flags and status. The guide puts them on the line (`cnamEnabled`,
 * `cnamStatus`, L9894–L9902); the vendor Swagger also has a `featureStatus`
 * inside the line's `tnFeature.<feature>`, read when the line-level status is absent.
 */
function featureStatus(w: LineWire, feature: (typeof FEATURES)[number]): OrderLineFeatureStatus | undefined {
  const [enabledKey, statusKey] = FLAGS[feature];
  const inner = isObject(w.tnFeature) ? w.tnFeature[feature] : undefined;
  const status = w[statusKey] ?? str(isObject(inner) ? inner['featureStatus'] : undefined);
  const enabled = w[enabledKey] ?? (status !== undefined && isObject(inner) ? true : undefined);
  if (enabled === undefined && status === undefined) return undefined;
  return status === undefined ? { enabled: enabled ?? false } : { enabled: enabled ?? false, status };
}

const nonEmptyList = (items: (string | undefined)[]): string[] | undefined => {
  const kept = items.filter((i): i is string => i !== undefined);
  return kept.length > 0 ? kept : undefined;
};

function orderLineFromWire(w: LineWire): OrderLine {
  const features = featuresSchema.parse(w.tnFeature);
  // The guide's line carries cnamDip beside cnamEnabled, outside tnFeature (L9894).
  if (w.cnamDip !== undefined && features.callerId?.cnamDip === undefined) features.callerId = { ...features.callerId, cnamDip: w.cnamDip };
  const out: OrderLine = defined({
    tn: w.tn,
    trunkGroup: w.trunkGroup,
    status: w.tnStatus,
    statusCode: orderLineStatusFromLabel(w.tnStatus) ?? undefined,
    lata: w.lata,
    rateCenter: w.rateCenter,
    province: w.province,
    tnGroup: w.tnGroup,
    routingLabel: w.routingLabel,
    portDate: w.portDt?.date,
    portTime: w.portTime,
    accountNum: w.accountNum,
    atn: w.atn,
    authName: w.authName,
    authDate: w.authDate?.date,
    hasAccountPin: w.accountPin === undefined ? undefined : true,
    endUser: endUserSchema.parse(w.endUser),
    endUserStatus: str(isObject(w.endUser) ? w.endUser['status'] : undefined),
    respOrgName: w.respOrgName,
    respOrgPrefix: w.respOrgPrefix,
    cics: nonEmptyList(w.cicList),
    cicCompanies: nonEmptyList(w.cicCompanyList),
    features: Object.keys(features).length > 0 ? features : undefined,
  });
  for (const feature of FEATURES) {
    const fs = featureStatus(w, feature);
    if (fs) out[feature] = fs;
  }
  return out;
}

/** An absent orderDetailResponse is an Incomplete order (see map); one that is not an object is unreadable. */
const detail = z.preprocess(
  (v) => v ?? {},
  z
    .unknown()
    .refine((v): boolean => isObject(v), 'not an object')
    .pipe(record({ ...orderSummaryFields, tnList: wrappedList('tnItem', line), orderNotes: list(orderNoteSchema) })),
);

export const orderDetail = defineOperation({
  name: 'orderDetail',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('orderDetail', ref),
  response: z.object({ orderDetailResponse: detail }),
  /**
   * "Requesting orderDetail on an order with this status [Incomplete] may
   * result in no information returned" (L13006): an answer without an
   * `orderStatus` (or without `orderDetailResponse`) is that Incomplete order,
   * identified by the id it carries or the one requested.
   */
  map: ({ orderDetailResponse: d }, ref): OrderDetail => {
    const where = 'orderDetailResponse';
    const lines = d.tnList.map(orderLineFromWire);
    const notes = d.orderNotes;
    if (str(d.orderStatus) === undefined) {
      const orderId = d.orderId ?? (ref && 'orderId' in ref ? toOrderId(ref.orderId) : null);
      if (orderId === null) throw new WireFormatError(`${where}: no orderId and no orderStatus`);
      // The carrier sent no status text: the status is known, its label is not.
      return { ...orderSummaryFromWire({ ...d, orderId, orderStatus: 'INCOMPLETE' }, where), statusLabel: undefined, lines, notes };
    }
    return { ...orderSummaryFromWire(d, where), lines, notes };
  },
  notFound: { invalidOrderId: true },
});
