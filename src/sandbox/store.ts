import type { AccountSettings, AssignedTn, NumberRecord, Order, RateCenter } from './types.js';

/** A frozen result set behind a searchId (the guide's scroll iterator, L880). */
export interface SearchCursor {
  operation: string;
  keys: string[];
  size: number;
  /** Last page served; a scroll call serves lastPage + 1. */
  lastPage: number;
}

const MAX_CURSORS = 500;

/** Everything the sandbox knows about the one customer account. Replaced wholesale on reset. */
export class SandboxState {
  readonly rateCenters = new Map<string, RateCenter>();
  readonly numbers = new Map<string, NumberRecord>();
  readonly assigned = new Map<string, AssignedTn>();
  readonly orders = new Map<number, Order>();
  readonly trunkGroups: string[] = [];
  readonly account: AccountSettings = { wirelessEnabled: false, maxReservedTns: 100, cnamDipDefault: 'N' };
  private readonly cursors = new Map<string, SearchCursor>();
  private nextOrderId = 1026470;
  private nextNoteId = 29984646;
  private cursorCounter = 0;
  /**
   * No live reservation expires before this instant. Only `reserve` lowers it; releases and
   * orders that consume a reservation leave it as a (still valid) lower bound. It lets the
   * per-request tick skip scanning every number while nothing can have expired.
   */
  private reservationsDueAt = Infinity;

  constructor(readonly seed: number) {}

  newOrderId(): number {
    return this.nextOrderId++;
  }

  newNoteId(): string {
    return String(this.nextNoteId++);
  }

  setIdFloor(orderId: number, noteId: number): void {
    this.nextOrderId = Math.max(this.nextOrderId, orderId);
    this.nextNoteId = Math.max(this.nextNoteId, noteId);
  }

  rateCenterOf(tn: string): RateCenter | undefined {
    const rec = this.numbers.get(tn);
    return rec ? this.rateCenters.get(rec.rateCenter) : undefined;
  }

  /** Open = not yet Closed/Canceled. */
  openOrders(): Order[] {
    return [...this.orders.values()].filter((o) => o.status !== 'CLSD' && o.status !== 'CNCL');
  }

  /** TNs an open order still has work to do on (one scan; callers checking many TNs keep the set). */
  tnsOnOpenOrders(): Set<string> {
    const tns = new Set<string>();
    for (const o of this.openOrders()) for (const i of o.items) if (!i.done && !i.canceled) tns.add(i.tn);
    return tns;
  }

  reserve(rec: NumberRecord, until: number): void {
    rec.state = 'reserved';
    rec.reservedUntil = until;
    this.reservationsDueAt = Math.min(this.reservationsDueAt, until);
  }

  /** Returns reservations due at or before `now` to inventory. */
  expireReservations(now: number): void {
    if (now < this.reservationsDueAt) return;
    let next = Infinity;
    for (const rec of this.numbers.values()) {
      if (rec.state !== 'reserved' || rec.reservedUntil === undefined) continue;
      if (rec.reservedUntil <= now) {
        rec.state = 'available';
        delete rec.reservedUntil;
      } else next = Math.min(next, rec.reservedUntil);
    }
    this.reservationsDueAt = next;
  }

  reservedCount(): number {
    let n = 0;
    for (const rec of this.numbers.values()) if (rec.state === 'reserved') n++;
    return n;
  }

  /** Freezes a result set; `firstPage` is the page the creating request serves. */
  createCursor(operation: string, keys: string[], size: number, firstPage: number): string {
    this.cursorCounter++;
    // Opaque, long-ish token in the spirit of the guide's Elasticsearch-style scroll ids.
    const raw = `${operation}:${this.seed}:${this.cursorCounter}:${keys.length}:${Math.random().toString(36).slice(2)}`;
    const id = Buffer.from(raw).toString('base64url');
    this.cursors.set(id, { operation, keys, size, lastPage: firstPage });
    if (this.cursors.size > MAX_CURSORS) {
      const oldest = this.cursors.keys().next().value;
      if (oldest !== undefined) this.cursors.delete(oldest);
    }
    return id;
  }

  /** The live cursor behind `id` if it belongs to `operation` (a searchId from another operation is ignored). */
  cursor(id: unknown, operation: string): SearchCursor | undefined {
    if (typeof id !== 'string') return undefined;
    const c = this.cursors.get(id);
    return c?.operation === operation ? c : undefined;
  }
}
