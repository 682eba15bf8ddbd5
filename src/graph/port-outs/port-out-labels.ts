/**
 * How a port-out number's status reads: the carrier's tnStatus on the order's line ("Pending", "Approved", a reject
 * reason's meaning, "Port Complete", "Canceled"). The guide lists no port-out line statuses; a rejected number shows
 * its reason as a rejected port-in number does (L13050). One place for PortOut, PortOutOrderLine and the refusals.
 */
import { PortOutNumberStatus, PortOutRejectReason } from './port-outs.enums.js';

/** The meanings /tnPortOutReject gives its codes (L10539): how a rejected number's status reads on the order. */
const REJECT_BY_LABEL = new Map<string, PortOutRejectReason>([
  ['pin required/invalid', PortOutRejectReason.PIN_INVALID],
  ['all data mismatch', PortOutRejectReason.DATA_MISMATCH],
  ['auth name mismatch', PortOutRejectReason.AUTH_NAME_MISMATCH],
  ['invalid account number', PortOutRejectReason.INVALID_ACCOUNT_NUMBER],
  ['invalid zip code', PortOutRejectReason.INVALID_ZIP_CODE],
]);

const STATUS_BY_LABEL = new Map<string, PortOutNumberStatus>([
  ['pending', PortOutNumberStatus.PENDING],
  ['approved', PortOutNumberStatus.APPROVED],
  ['rejected', PortOutNumberStatus.REJECTED],
  ['port complete', PortOutNumberStatus.PORTED],
  ['canceled', PortOutNumberStatus.CANCELED],
  ['cancelled', PortOutNumberStatus.CANCELED],
]);

const key = (label: string | null | undefined): string => (label ?? '').trim().toLowerCase();

/** The reject reason a rejected number's status label names; null for any other label. */
export function portOutRejectReasonFromLabel(label: string | null | undefined): PortOutRejectReason | null {
  return REJECT_BY_LABEL.get(key(label)) ?? null;
}

/** A port-out line's status label as the enum; null for a label the carrier added since (unknown is null). */
export function portOutNumberStatusFromLabel(label: string | null | undefined): PortOutNumberStatus | null {
  if (portOutRejectReasonFromLabel(label)) return PortOutNumberStatus.REJECTED;
  return STATUS_BY_LABEL.get(key(label)) ?? null;
}
