/** Building blocks for request bodies: absent optional fields are omitted, never sent as null. */
import type { WireObject } from './values.js';

/** Drop undefined and null members. */
export function compact<T extends WireObject>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined || o[key] === null) delete o[key];
  return o;
}

export function nonEmpty(o: WireObject): WireObject | undefined {
  return Object.keys(o).length > 0 ? o : undefined;
}

/**
 * The members a mapping did not leave undefined, so an answer carries only what the carrier sent.
 * A copy, not `delete` in place: deleting turns every mapped record into a slow dictionary-mode object.
 */
export function defined<T extends object>(o: T): T {
  const out = {} as T;
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] !== undefined) out[key] = o[key];
  return out;
}
