/**
 * What the sandbox decides about numbers held by other carriers: who holds them, whether they
 * port, and whether the losing carrier rejects the first request. Deterministic from the TN (so a
 * test or a person can predict it), overridable per number through the control API.
 */
import type { SandboxState } from '../../store.js';

/** The guide's rejection reasons (Port-In Status, L13040–L13062), spelled as the carrier writes them in `tnStatus`. */
export const JEOPARDY_REASONS = [
  'Address remaining services on account',
  'Auth name mismatch',
  'All data mismatch',
  'Invalid end user name',
  'Invalid account number',
  'Invalid address',
  'Invalid BTN',
  'Invalid zip code',
  'Need LOA (dated within 30 days)',
  'Local Service Freeze on account',
  'New BTN needed for partial port',
  'No ICA with Carrier',
  'PIN required/invalid',
  'TN inactive/disconnected',
  'TN not portable',
  'TN on a pending request',
  'TNs belong on different accounts',
  'Other Reject – Please see notes',
] as const;

/** Losing carriers as /portInAvailability names them ("Level 3- SVR:8824/1", L6862) and tnGroup quotes them. */
const CARRIERS = ['Level 3- SVR:8824/1', 'Verizon Wireless:6006 - SVR/2', 'BellSouth/1', 'Peerless: 063E-NSR/1', 'Broadvox:787F - SVR/1'];

/** One number in ten goes to jeopardy on its first request (sandbox choice; the guide gives no rate). */
const JEOPARDY_SHARE = 10;

export interface PortOverride {
  losingCarrier?: string;
  /** A reason: rejected once with it; null: never rejected. */
  jeopardy?: string | null;
  portable?: boolean;
  notPortableReason?: string;
}

const overrides = new WeakMap<SandboxState, Map<string, PortOverride>>();

export function overridesOf(state: SandboxState): Map<string, PortOverride> {
  let m = overrides.get(state);
  if (!m) overrides.set(state, (m = new Map()));
  return m;
}

/** FNV-1a over the TN: a stable, well-spread choice per number. */
function hash(tn: string): number {
  let h = 0x811c9dc5;
  for (const c of tn) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export function losingCarrierOf(state: SandboxState, tn: string): string {
  return overridesOf(state).get(tn)?.losingCarrier ?? CARRIERS[hash(tn) % CARRIERS.length]!;
}

/** The rejection the losing carrier gives a number's first request, if any. */
export function jeopardyOf(state: SandboxState, tn: string): string | undefined {
  const o = overridesOf(state).get(tn);
  if (o && o.jeopardy !== undefined) return o.jeopardy ?? undefined;
  const h = hash(`jeopardy:${tn}`);
  return h % JEOPARDY_SHARE === 0 ? JEOPARDY_REASONS[Math.floor(h / JEOPARDY_SHARE) % JEOPARDY_REASONS.length] : undefined;
}

/** Why a number cannot be ported in, or undefined when it can. */
export function notPortableReason(state: SandboxState, tn: string): string | undefined {
  const o = overridesOf(state).get(tn);
  if (o?.portable === false) return o.notPortableReason ?? 'TN not portable';
  if (state.assigned.has(tn)) return 'TN is already assigned to your account';
  if (state.numbers.has(tn)) return 'TN is already on the Inteliquent network';
  return undefined;
}

/** The rate center tier of a number: its rate center's where the sandbox knows it, else an off-net Tier 1. */
export function tierOf(state: SandboxState, tn: string): string {
  const rc = [...state.rateCenters.values()].find((r) => r.npaNxx.includes(tn.slice(0, 6)));
  return rc?.tier ?? '1';
}

/** The LRN of the losing carrier's switch serving the number (derived, stable). */
export function lrnOf(tn: string): string {
  return `${tn.slice(0, 6)}${String(hash(`lrn:${tn.slice(0, 6)}`) % 10_000).padStart(4, '0')}`;
}
