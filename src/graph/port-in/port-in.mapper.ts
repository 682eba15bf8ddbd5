/** Upstream port-in models → graph types (codes to enums only; the upstream layer read the labels). */
import type { OrderLine } from '../../upstream/orders/order-detail.js';
import type { ActivationGroup as ActivationGroupModel } from '../../upstream/port-in/port-in-order-available-activation.js';
import type { PortCounts as PortCountsModel, PortInOrderSummary } from '../../upstream/port-in/port-in-order-list.js';
import type { PortingNumberRow } from '../../upstream/port-in/port-in-order-tn-list.js';
import type { Portability as PortabilityModel } from '../../upstream/port-in/port-in-availability.js';
import { jeopardyReasonFromLabel, portStatusFromLabel } from '../../upstream/port-in/port-status.js';
import type { CustomerServiceRecord as CsrModel } from '../../upstream/port-in/tn-csr-lookup.js';
import { tierFromModel, TypeOfService } from '../numbers/numbers.enums.js';
import { EndUser } from '../numbers/telephone-number.type.js';
import { OrderStatus } from '../orders/orders.enums.js';
import { JeopardyReason, PortStatus } from './port-in.enums.js';
import { ActivationGroup, PortCounts, PortDateCounts, PortingNumber, PortInOrder, PortRejectionCount } from './port-in-order.type.js';
import { AddressLocation, CustomerServiceRecord, Portability } from './portability.type.js';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function toPortability(m: PortabilityModel): Portability {
  return Object.assign(new Portability(), {
    tn: m.tn,
    portable: orNull(m.portable),
    losingCarrier: orNull(m.serviceProviderName),
    localRoutingNumber: orNull(m.localRoutingNumber),
    rateCenterTier: tierFromModel(m.rateCenterTier),
    rateCenterTierLabel: orNull(m.rateCenterTier),
    notPortableReason: orNull(m.notPortableReason),
  });
}

/**
 * The CSR's end user in EndUserInput's shape, so a frontend passes it to orderPortIn as it is. The
 * record's locations are numbered 1..3 again in their order (the carrier's numbering carries no meaning).
 */
function csrEndUser(m: CsrModel): EndUser | null {
  const located = Object.fromEntries(
    m.locations.slice(0, 3).flatMap((l, i) => [
      [`locationType${i + 1}`, l.type],
      [`locationValue${i + 1}`, orNull(l.value)],
    ]),
  );
  const u = {
    name: orNull(m.endUser),
    streetNum: orNull(m.streetNum),
    streetPreDir: orNull(m.streetPreDir),
    streetName: orNull(m.streetName),
    streetType: orNull(m.streetType),
    streetPostDir: orNull(m.streetPostDir),
    city: orNull(m.city),
    state: orNull(m.state),
    postalCode: orNull(m.postalCode),
    typeOfService: m.typeOfService ? (m.typeOfService as TypeOfService) : null,
  };
  if (Object.values(u).every((v) => v === null) && m.locations.length === 0) return null;
  return Object.assign(new EndUser(), u, located, { status: null });
}

export function toCustomerServiceRecord(m: CsrModel): CustomerServiceRecord {
  return Object.assign(new CustomerServiceRecord(), {
    tn: m.tn,
    found: m.succeeded,
    message: orNull(m.message),
    accountNumber: orNull(m.accountNum),
    accountTelephoneNumber: orNull(m.atn),
    endUserName: orNull(m.endUser),
    endUser: csrEndUser(m),
    address: orNull(m.endUserAddress),
    streetNum: orNull(m.streetNum),
    streetPreDir: orNull(m.streetPreDir),
    streetName: orNull(m.streetName),
    streetType: orNull(m.streetType),
    streetPostDir: orNull(m.streetPostDir),
    locations: m.locations.map((l) => Object.assign(new AddressLocation(), { type: l.type, value: orNull(l.value) })),
    city: orNull(m.city),
    state: orNull(m.state),
    postalCode: orNull(m.postalCode),
    typeOfService: m.typeOfService ? (m.typeOfService as TypeOfService) : null,
    losingCarrier: orNull(m.serviceProvider),
    ocn: orNull(m.ocn),
    serviceLocationCount: orNull(m.serviceLocationCount),
    lineCount: orNull(m.lineCount),
    authName: orNull(m.authName),
    earliestPortDate: m.earliestScheduledDate && /^\d{4}-\d{2}-\d{2}$/.test(m.earliestScheduledDate) ? m.earliestScheduledDate : null,
    remarks: orNull(m.remarks),
    requirements: orNull(m.lsrRequirements),
    simplePort: orNull(m.simplePort),
    relatedNumbers: m.relatedTns,
  });
}

const blank = (): Omit<PortingNumber, 'tn' | 'orderId' | 'id'> => ({
  customerOrderReference: null,
  status: null,
  statusLabel: null,
  jeopardyReason: null,
  jeopardyReasonLabel: null,
  focDate: null,
  portTime: null,
  activationGroup: null,
  accountNumber: null,
  accountTelephoneNumber: null,
  authName: null,
  trunkGroupName: null,
});

/** A row of the account-wide pending list (no port date or account data there). */
export function portingNumberFromRow(r: PortingNumberRow): PortingNumber {
  return Object.assign(new PortingNumber(), blank(), {
    tn: r.tn,
    orderId: r.orderId,
    customerOrderReference: orNull(r.customerOrderReference),
    status: r.status ? (r.status as PortStatus) : null,
    statusLabel: orNull(r.statusLabel),
    jeopardyReason: r.jeopardyReason ? (r.jeopardyReason as JeopardyReason) : null,
    jeopardyReasonLabel: r.jeopardyReason ? orNull(r.rejectReason ?? r.statusLabel) : null,
    activationGroup: orNull(r.tnGroup),
  });
}

/** A line of the order's detail: the per-number status with its port date and account data. */
export function portingNumberFromLine(orderId: string, customerOrderReference: string | undefined, l: OrderLine): PortingNumber {
  const reason = jeopardyReasonFromLabel(l.status);
  const status = portStatusFromLabel(l.status, l.portDate !== undefined);
  return Object.assign(new PortingNumber(), blank(), {
    tn: l.tn,
    orderId,
    customerOrderReference: orNull(customerOrderReference),
    status: status ? (status as PortStatus) : null,
    statusLabel: orNull(l.status),
    jeopardyReason: reason ? (reason as JeopardyReason) : null,
    jeopardyReasonLabel: reason ? orNull(l.status) : null,
    focDate: orNull(l.portDate),
    portTime: orNull(l.portTime),
    activationGroup: orNull(l.tnGroup),
    accountNumber: orNull(l.accountNum),
    accountTelephoneNumber: orNull(l.atn),
    authName: orNull(l.authName),
    trunkGroupName: orNull(l.trunkGroup),
  });
}

function toCounts(c: PortCountsModel): PortCounts {
  return Object.assign(new PortCounts(), {
    total: orNull(c.tnQuantity),
    focSecured: orNull(c.focTnQuantity),
    rejected: orNull(c.rejectedTnQuantity),
    activated: orNull(c.activatedTnQuantity),
  });
}

export function toPortInOrder(s: PortInOrderSummary): PortInOrder {
  return Object.assign(new PortInOrder(), {
    id: s.orderId,
    customerOrderReference: orNull(s.customerOrderReference),
    status: s.status ? (s.status as OrderStatus) : null,
    statusLabel: orNull(s.statusLabel),
    desiredDueDate: orNull(s.desiredDueDate),
    createdAt: orNull(s.createdAt),
    createdUser: orNull(s.createdUser),
    counts: toCounts(s),
    byPortDate: s.byPortDate.map((d) => Object.assign(new PortDateCounts(), { portDate: orNull(d.portDate), counts: toCounts(d) })),
    rejections: s.rejections.map((r) =>
      Object.assign(new PortRejectionCount(), {
        reason: r.reason ? (r.reason as JeopardyReason) : null,
        label: r.label,
        count: orNull(r.count),
      }),
    ),
  });
}

export function toActivationGroup(g: ActivationGroupModel): ActivationGroup {
  return Object.assign(new ActivationGroup(), { name: g.tnGroup, focDate: orNull(g.focDate), tns: g.tns, canActivateNow: true });
}
