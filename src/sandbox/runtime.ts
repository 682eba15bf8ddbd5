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

export interface Logger {
  info(obj: object, msg?: string): void;
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
    this.logger?.info({ operation: entry.operation, statusCode: entry.statusCode, auth: entry.auth }, 'sandbox call');
  }
}

/** Copy of a request body safe for the call log: privateKey / secrets replaced by "***". */
export function redact(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const k of ['privateKey', 'client_secret', 'client_id']) if (k in out) out[k] = '***';
  return out;
}
