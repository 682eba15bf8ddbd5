/**
 * A porting number's status as the carrier writes it in `tnStatus` (Port-In Status, L13028):
 * "Pending" (no `portDt`), "Received FOC" (with `portDt`), a rejection reason (Jeopardy),
 * "Activated" / "Complete". Parsed here so the graph only maps codes.
 */
import { str } from '../wire/values.js';

export type PortStatus = 'PENDING_FOC' | 'FOC_SECURED' | 'JEOPARDY' | 'PORT_COMPLETE' | 'CANCELED';

/** The guide's 18 rejection reasons (L13040–L13062), by their exact text. */
export const JEOPARDY_REASONS = {
  ADDRESS_REMAINING_SERVICES: 'Address remaining services on account',
  AUTH_NAME_MISMATCH: 'Auth name mismatch',
  ALL_DATA_MISMATCH: 'All data mismatch',
  INVALID_END_USER_NAME: 'Invalid end user name',
  INVALID_ACCOUNT_NUMBER: 'Invalid account number',
  INVALID_ADDRESS: 'Invalid address',
  INVALID_BTN: 'Invalid BTN',
  INVALID_ZIP_CODE: 'Invalid zip code',
  NEED_LOA: 'Need LOA (dated within 30 days)',
  LOCAL_SERVICE_FREEZE: 'Local Service Freeze on account',
  NEW_BTN_NEEDED: 'New BTN needed for partial port',
  NO_ICA_WITH_CARRIER: 'No ICA with Carrier',
  PIN_REQUIRED_INVALID: 'PIN required/invalid',
  TN_INACTIVE_DISCONNECTED: 'TN inactive/disconnected',
  TN_NOT_PORTABLE: 'TN not portable',
  TN_ON_PENDING_REQUEST: 'TN on a pending request',
  TNS_ON_DIFFERENT_ACCOUNTS: 'TNs belong on different accounts',
  OTHER: 'Other Reject – Please see notes',
} as const;

export type JeopardyReason = keyof typeof JEOPARDY_REASONS;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const REASON_LOOKUP = new Map<string, JeopardyReason>(
  (Object.entries(JEOPARDY_REASONS) as [JeopardyReason, string][]).map(([code, text]) => [squash(text), code]),
);
// "Other Reject – Please see notes" is written with an en dash; a hyphen or nothing after "Other Reject" reads the same.
REASON_LOOKUP.set(squash('Other Reject'), 'OTHER');

export function jeopardyReasonFromLabel(value: unknown): JeopardyReason | undefined {
  const s = str(value);
  return s === undefined ? undefined : REASON_LOOKUP.get(squash(s));
}

/** `tnStatus` (plus whether `portDt` is present) → PortStatus; undefined for a label the guide does not list. */
export function portStatusFromLabel(value: unknown, hasPortDate: boolean): PortStatus | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  switch (squash(s)) {
    case 'pending':
    case 'pendingfoc':
      return hasPortDate ? 'FOC_SECURED' : 'PENDING_FOC';
    case 'receivedfoc':
    case 'focsecured':
      return 'FOC_SECURED';
    case 'activated':
    case 'complete':
    case 'completed':
    case 'portcomplete':
      return 'PORT_COMPLETE';
    case 'canceled':
    case 'cancelled':
      return 'CANCELED';
    default:
      return jeopardyReasonFromLabel(s) ? 'JEOPARDY' : undefined;
  }
}
