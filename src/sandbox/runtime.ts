/** Mutable runtime of one sandbox instance: state, clock, tokens, call log, faults, latency. */
import { TokenStore, type AuthKind, type Credentials } from './auth.js';
import type { SandboxClock } from './clock.js';
import { tick } from './lifecycle.js';
import { seedState } from './seed.js';
import type { SandboxState } from './store.js';

export interface CallRecord {
  seq: number;
  operation: string;
  version: string | null;
  auth: AuthKind;
  body: unknown;
  statusCode: string | null;
  at: string;
}

export interface Fault {
  operation: string;
  remaining: number;
  httpStatus?: number;
  statusCode?: string;
  status?: string;
  dropConnection?: boolean;
}

/** Calls are logged at debug (a line per carrier call is noise at info), internal errors at error. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export class SandboxRuntime {
  state: SandboxState;
  readonly tokens = new TokenStore();
  calls: CallRecord[] = [];
  faults: Fault[] = [];
  latencyMs = 0;
  private seq = 0;

  constructor(
    readonly clock: SandboxClock,
    readonly credentials: Credentials,
    public seed: number,
    readonly logger?: Logger,
  ) {
    this.state = seedState(seed, clock.now());
  }

  /** Applies every due lifecycle transition; returns the current sandbox time. */
  sync(): number {
    const now = this.clock.now();
    tick(this.state, now);
    return now;
  }

  reset(seed?: number): void {
    if (seed !== undefined) this.seed = seed;
    this.state = seedState(this.seed, this.clock.now());
    this.calls = [];
    this.faults = [];
    this.latencyMs = 0;
    this.seq = 0;
  }

  /** Takes the next matching fault (specific operation first, then "*"), consuming one use. */
  takeFault(operation: string): Fault | undefined {
    const f = this.faults.find((x) => x.operation === operation) ?? this.faults.find((x) => x.operation === '*');
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults = this.faults.filter((x) => x !== f);
    return f;
  }

  record(entry: Omit<CallRecord, 'seq' | 'at'>): void {
    this.calls.push({ seq: ++this.seq, ...entry, at: new Date(this.clock.now()).toISOString() });
    this.logger?.debug({ operation: entry.operation, statusCode: entry.statusCode, auth: entry.auth }, 'sandbox call');
  }
}

/**
 * Values that never go into the call log: credentials, and every PIN (a port-out PIN guards a number against hijack;
 * a port-in's accountPin and a CSR lookup's pin are the losing carrier's account PIN).
 */
const REDACTED_KEYS = new Set(['privateKey', 'client_secret', 'client_id', 'portOutPin', 'webhookHeader', 'accountPin', 'pin']);

/**
 * Copy of a request body safe for the call log: at any depth, the scalar
 * value of a redacted key becomes "***". (Objects under such a key are kept:
 * /portOutPinUpdate wraps its list in an object that is itself named
 * `portOutPin`.)
 */
export function redact(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redact);
  if (typeof body !== 'object' || body === null) return body;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    out[k] = REDACTED_KEYS.has(k) && (typeof v !== 'object' || v === null) ? '***' : redact(v);
  }
  return out;
}
