import type { SandboxState } from '../store.js';
import type { Json, Reply } from '../wire.js';

/** What a Services operation handler sees: the state (already ticked to `now`) and the time. */
export interface Ctx {
  state: SandboxState;
  now: number;
}

export type Handler = (ctx: Ctx, body: Json) => Reply;
