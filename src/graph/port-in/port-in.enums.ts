/** Enums of the port-in graph; the upstream layer reads the carrier's labels into these codes. */
import { registerEnumType } from 'type-graphql';
import { JEOPARDY_REASONS } from '../../upstream/port-in/port-status.js';

export enum PortStatus {
  PENDING_FOC = 'PENDING_FOC',
  FOC_SECURED = 'FOC_SECURED',
  JEOPARDY = 'JEOPARDY',
  PORT_COMPLETE = 'PORT_COMPLETE',
  CANCELED = 'CANCELED',
}

registerEnumType(PortStatus, {
  name: 'PortStatus',
  description: 'Where one porting number stands with the losing carrier. Each number of a port-in moves on its own.',
  valuesConfig: {
    PENDING_FOC: { description: 'Sent to the losing carrier; no port date (FOC) confirmed yet.' },
    FOC_SECURED: { description: 'The losing carrier confirmed the port date (firm order commitment).' },
    JEOPARDY: { description: 'The losing carrier rejected the request: see `jeopardyReason`; a correction is required.' },
    PORT_COMPLETE: { description: 'Ported in (activated or complete): the number is now an active number of the account.' },
    CANCELED: { description: 'Removed from the port-in (the order was canceled).' },
  },
});

export enum JeopardyReason {
  ADDRESS_REMAINING_SERVICES = 'ADDRESS_REMAINING_SERVICES',
  AUTH_NAME_MISMATCH = 'AUTH_NAME_MISMATCH',
  ALL_DATA_MISMATCH = 'ALL_DATA_MISMATCH',
  INVALID_END_USER_NAME = 'INVALID_END_USER_NAME',
  INVALID_ACCOUNT_NUMBER = 'INVALID_ACCOUNT_NUMBER',
  INVALID_ADDRESS = 'INVALID_ADDRESS',
  INVALID_BTN = 'INVALID_BTN',
  INVALID_ZIP_CODE = 'INVALID_ZIP_CODE',
  NEED_LOA = 'NEED_LOA',
  LOCAL_SERVICE_FREEZE = 'LOCAL_SERVICE_FREEZE',
  NEW_BTN_NEEDED = 'NEW_BTN_NEEDED',
  NO_ICA_WITH_CARRIER = 'NO_ICA_WITH_CARRIER',
  PIN_REQUIRED_INVALID = 'PIN_REQUIRED_INVALID',
  TN_INACTIVE_DISCONNECTED = 'TN_INACTIVE_DISCONNECTED',
  TN_NOT_PORTABLE = 'TN_NOT_PORTABLE',
  TN_ON_PENDING_REQUEST = 'TN_ON_PENDING_REQUEST',
  TNS_ON_DIFFERENT_ACCOUNTS = 'TNS_ON_DIFFERENT_ACCOUNTS',
  OTHER = 'OTHER',
}

registerEnumType(JeopardyReason, {
  name: 'JeopardyReason',
  description: "Why the losing carrier rejected a port request (the carrier's 18 rejection reasons).",
  valuesConfig: Object.fromEntries(
    (Object.keys(JeopardyReason) as (keyof typeof JEOPARDY_REASONS)[]).map((k) => [
      k,
      {
        description:
          k === 'NEED_LOA' ? `"${JEOPARDY_REASONS[k]}": attach a new letter of authorization to the order.` : `"${JEOPARDY_REASONS[k]}".`,
      },
    ]),
  ),
});

export { PortTimeZone } from '../common/port-time-zone.js';
