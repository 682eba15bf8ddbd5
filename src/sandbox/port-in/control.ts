/**
 * Control routes of the port-in emulation (no auth, under /_sandbox/port-in): choose, per number,
 * the losing carrier, whether it is portable and whether the carrier rejects its first request.
 */
import type { ControlResult, DomainControl } from '../domain.js';
import type { SandboxState } from '../store.js';
import { isObject, readTn } from '../wire.js';
import { JEOPARDY_REASONS, overridesOf, type PortOverride } from './shared/port-state.js';

const bad = (error: string): ControlResult => ({ httpStatus: 400, body: { error } });

export const portInControl: DomainControl = {
  routes: {
    'POST /_sandbox/port-in/numbers':
      'Choose how port-ins of these numbers go: { tns, jeopardy? (reason or null), losingCarrier?, portable?, notPortableReason? }.',
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
    if (j !== null && !(JEOPARDY_REASONS as readonly unknown[]).includes(j))
      return bad(`jeopardy must be null or one of: ${JEOPARDY_REASONS.join('; ')}`);
    change.jeopardy = j as string | null;
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
