/**
 * The sandbox's only source of time. Every lifecycle transition (order statuses,
 * reservation expiry, token expiry) reads `now()` from here, never `Date.now()`.
 *
 * - `real`: wall time plus any offset added through `advance` (a person running the sandbox
 *   can still fast-forward an order).
 * - `manual`: frozen at a fixed start instant; moves only when advanced (tests never sleep).
 */
export type ClockMode = 'real' | 'manual';

export interface SandboxClock {
  readonly mode: ClockMode;
  now(): number;
  /** Moves the clock forward by `ms` (≥ 0) and returns the new time. */
  advance(ms: number): number;
}

/** Fixed start of the manual clock, so seeded data (dates relative to "now") is reproducible. */
export const MANUAL_CLOCK_START = Date.UTC(2025, 0, 6, 15, 0, 0);

export function createClock(mode: ClockMode, start: number = MANUAL_CLOCK_START): SandboxClock {
  let offset = 0;
  let frozen = start;
  return {
    mode,
    now: () => (mode === 'real' ? Date.now() + offset : frozen),
    advance(ms: number): number {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('ms must be a non-negative number');
      if (mode === 'real') offset += ms;
      else frozen += ms;
      return this.now();
    },
  };
}
