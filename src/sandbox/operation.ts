/**
 * The contract of a Services operation in the sandbox: the request fields it accepts (checked by
 * the server before the handler runs) and the handler, which sees only those fields.
 */
import { ANY, type Body, type RequestShape } from './request-shape.js';
import type { SandboxState } from './store.js';
import type { Json, Reply } from './wire.js';

/** What a handler sees: the state (already ticked to `now`) and the time. */
export interface Ctx {
  state: SandboxState;
  now: number;
}

export interface Operation {
  /** Every field the request may carry, `privateKey` included. */
  readonly request: RequestShape;
  readonly handle: (ctx: Ctx, body: Json) => Reply;
}

/** Every request carries the key; the server checks it before the handler runs. */
const ENVELOPE_FIELDS = { privateKey: ANY } as const satisfies RequestShape;

export function defineOperation<const S extends RequestShape>(request: S, handle: (ctx: Ctx, body: Body<S>) => Reply): Operation {
  return { request: { ...ENVELOPE_FIELDS, ...request }, handle };
}

/** A domain's operations, keyed by the path segment after /Services/<version>/. */
export type DomainOperations = Readonly<Record<string, Operation>>;
