/**
 * The contract of a sandbox domain: all a domain adds to the emulated carrier, declared in one place (its
 * index.ts). The shared modules (server, control, lifecycle) iterate domains.ts and import no domain.
 */
import type { IncomingMessage } from 'node:http';
import type { DomainOperations } from './operation.js';
import type { SandboxRuntime } from './runtime.js';
import type { SandboxState } from './store.js';
import type { Order } from './types.js';
import type { Json } from './wire.js';

export interface ControlResult {
  httpStatus: number;
  body: unknown;
}

/** One step of the clock for the orders a domain moves itself. */
export type OrderStep = (state: SandboxState, order: Order, now: number) => void;

/** Control routes (no auth, under /_sandbox) a domain adds, e.g. to choose how its emulation behaves. */
export interface DomainControl {
  /** "METHOD /_sandbox/…" → what it does. GET /_sandbox lists them; only these reach `handle`. */
  readonly routes: Readonly<Record<string, string>>;
  readonly handle: (ctx: { state: SandboxState; now: number }, route: string, body: unknown) => ControlResult;
}

/** A route of its own outside /Services (the health check has its own base path and method). */
export interface Endpoint {
  /** Its name in the call log and for fault injection. */
  readonly operation: string;
  readonly path: RegExp;
  /** 'drop': close the connection without an answer (an injected fault). */
  readonly handle: (rt: SandboxRuntime, req: IncomingMessage, method: string) => { httpStatus: number; body: Json } | 'drop';
}

export interface SandboxDomain {
  readonly name: string;
  /** Services operations, keyed by the path segment after /Services/<version>/. */
  readonly operations: DomainOperations;
  /** Work due on the clock, run on every tick after reservations expire and before orders move (in domains.ts order). */
  readonly tick?: (state: SandboxState, now: number) => void;
  /** The step for an order this domain moves itself, or undefined to leave it to the common order state machine. */
  readonly advancesOrder?: (order: Order) => OrderStep | undefined;
  readonly control?: DomainControl;
  readonly endpoints?: readonly Endpoint[];
}

export function defineSandboxDomain(domain: Omit<SandboxDomain, 'operations'> & { operations?: DomainOperations }): SandboxDomain {
  return { ...domain, operations: domain.operations ?? {} };
}
