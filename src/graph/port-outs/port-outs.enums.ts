/** Why the account, as the losing carrier, refuses a number on a port-out order (/tnPortOutReject's rejectReason). */
import { registerEnumType } from 'type-graphql';
import type { PortOutRejectReason as WireReason } from '../../upstream/port-outs/tn-port-out-reject.js';

export enum PortOutRejectReason {
  PIN_INVALID = 'PIN_INVALID',
  DATA_MISMATCH = 'DATA_MISMATCH',
  AUTH_NAME_MISMATCH = 'AUTH_NAME_MISMATCH',
  INVALID_ACCOUNT_NUMBER = 'INVALID_ACCOUNT_NUMBER',
  INVALID_ZIP_CODE = 'INVALID_ZIP_CODE',
}

registerEnumType(PortOutRejectReason, {
  name: 'PortOutRejectReason',
  description: 'Why a number on a port-out order is refused (the carrier codes PIN, DATAMIS, AUTHNMMIS, INVACCT, INVZIPCD).',
  valuesConfig: {
    PIN_INVALID: { description: 'The port-out PIN is missing or wrong (PIN).' },
    DATA_MISMATCH: { description: 'None of the data matches the account (DATAMIS).' },
    AUTH_NAME_MISMATCH: { description: "The authorising name does not match the account's (AUTHNMMIS)." },
    INVALID_ACCOUNT_NUMBER: { description: 'The account number is wrong (INVACCT).' },
    INVALID_ZIP_CODE: { description: 'The ZIP code is wrong (INVZIPCD).' },
  },
});

export const REJECT_REASON_CODES: Readonly<Record<PortOutRejectReason, WireReason>> = {
  PIN_INVALID: 'PIN',
  DATA_MISMATCH: 'DATAMIS',
  AUTH_NAME_MISMATCH: 'AUTHNMMIS',
  INVALID_ACCOUNT_NUMBER: 'INVACCT',
  INVALID_ZIP_CODE: 'INVZIPCD',
};

/** Where one number of a port-out order stands (the line's tnStatus on /orderDetail, or the settled history). */
export enum PortOutNumberStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PORTED = 'PORTED',
  CANCELED = 'CANCELED',
}

registerEnumType(PortOutNumberStatus, {
  name: 'PortOutNumberStatus',
  description: 'Where one number of a port-out order stands, as the losing carrier sees it.',
  valuesConfig: {
    PENDING: { description: 'Awaiting the account\'s answer; it ports on the port date unless rejected ("Pending").' },
    APPROVED: { description: 'Approved (`approvePortOut`); it leaves on the port date ("Approved").' },
    REJECTED: { description: 'Refused (`rejectPortOut`): it stays on the account; `rejectReason` says why.' },
    PORTED: { description: 'Ported away to the other carrier ("Port Complete").' },
    CANCELED: { description: 'The port-out was canceled: the number stays ("Canceled").' },
  },
});
