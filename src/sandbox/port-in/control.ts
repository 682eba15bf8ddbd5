/**
 * Control routes of the port-in emulation (no auth, under /_sandbox/port-in): choose, per number,
 * the losing carrier, whether it is portable and whether the carrier rejects its first request.
 */
import type { ControlResult, DomainControl } from '../domain.js';
import type { SandboxState } from '../store.js';
import { isObject, readTn } from '../wire.js';
import { JEOPARDY_REASONS, overridesOf, type PortOverride } from './shared/port-state.js';

const bad = (error: string): ControlResult => ({ httpStatus: 400, body: { error } });

type Reason = (typeof JEOPARDY_REASONS)[number];
/**
 * The graph's JeopardyReason names (what a tester reads in the GraphQL answer), in the guide's order.
 * The sandbox may not import the gateway's table; a sandbox test checks the two agree.
 */
export const JEOPARDY_NAMES = [
  'ADDRESS_REMAINING_SERVICES',
  'AUTH_NAME_MISMATCH',
  'ALL_DATA_MISMATCH',
  'INVALID_END_USER_NAME',
  'INVALID_ACCOUNT_NUMBER',
  'INVALID_ADDRESS',
  'INVALID_BTN',
  'INVALID_ZIP_CODE',
  'NEED_LOA',
  'LOCAL_SERVICE_FREEZE',
  'NEW_BTN_NEEDED',
  'NO_ICA_WITH_CARRIER',
  'PIN_REQUIRED_INVALID',
  'TN_INACTIVE_DISCONNECTED',
  'TN_NOT_PORTABLE',
  'TN_ON_PENDING_REQUEST',
  'TNS_ON_DIFFERENT_ACCOUNTS',
  'OTHER',
] as const satisfies { length: (typeof JEOPARDY_REASONS)['length'] };

/** `jeopardy` as the carrier's text or the enum name, both to the carrier's text: one lookup. */
const REASON_BY_NAME = new Map<unknown, Reason>([
  ...JEOPARDY_REASONS.map((r) => [r, r] as const),
  ...JEOPARDY_NAMES.map((n, i) => [n, JEOPARDY_REASONS[i]!] as const),
]);

export const portInControl: DomainControl = {
  routes: {
    'POST /_sandbox/port-in/numbers':
      'Choose how port-ins of these numbers go: { tns, jeopardy? (reason text, JeopardyReason name such as PIN_REQUIRED_INVALID, or null), ' +
      'losingCarrier?, portable?, notPortableReason? }.',
  },
  handle: ({ state }, _route, body) => setPortOverrides(state, body),
};

function setPortOverrides(state: SandboxState, body: unknown): ControlResult {
  const b = isObject(body) ? body : {};
  const tns = Array.isArray(b['tns']) ? b['tns'].map(readTn) : [];
  if (tns.length === 0 || tns.some((t) => t === undefined)) return bad('tns must be a non-empty list of ten-digit numbers');
  const change: PortOverride = {};
  if (b['jeopardy'] !== undefined) {
    const j = b['jeopardy'];
    const reason = j === null ? null : REASON_BY_NAME.get(j);
    if (reason === undefined)
      return bad(`jeopardy must be null, a reason name (${JEOPARDY_NAMES.join(', ')}) or its text: ${JEOPARDY_REASONS.join('; ')}`);
    change.jeopardy = reason;
  }
  if (b['losingCarrier'] !== undefined) {
    if (typeof b['losingCarrier'] !== 'string' || b['losingCarrier'].trim() === '') return bad('losingCarrier must be a non-empty string');
    change.losingCarrier = b['losingCarrier'].trim();
  }
  if (b['portable'] !== undefined) {
    if (typeof b['portable'] !== 'boolean') return bad('portable must be a boolean');
    change.portable = b['portable'];
  }
  if (typeof b['notPortableReason'] === 'string') change.notPortableReason = b['notPortableReason'];
  const overrides = overridesOf(state);
  for (const tn of tns as string[]) overrides.set(tn, { ...overrides.get(tn), ...change });
  return { httpStatus: 200, body: { numbers: Object.fromEntries((tns as string[]).map((tn) => [tn, overrides.get(tn)])) } };
}
