/** Finding the order a request names, and the answers shared by the order operations. */
import type { SandboxState } from '../../store.js';
import type { Order } from '../../types.js';
import { fail, rawTn, readStr, required, type Json, type Reply } from '../../wire.js';

export const NO_RESULTS = fail('430', 'No Results Found');
export const KEY_REQUIRED = required('orderId or customerOrderReference');

/**
 * A malformed `tn` filter: the guide's code and spelling for a bad TN, 409 "Invalid TN submitted:"
 * with the TN in brackets (L2647–L2651, example L2722); the vendor Swagger gives 409 for these two
 * operations too.
 */
export const invalidTnSubmitted = (tn: unknown) => fail('409', `Invalid TN submitted:[${rawTn(tn)}]`);

/**
 * Finds the order named by orderId or customerOrderReference. The examples send both (L9850,
 * L10322); orderId wins. A reference shared by several orders names the newest one.
 */
export function findOrder(state: SandboxState, body: Json): Order | 'missing' | undefined {
  const id = readStr(body['orderId']);
  const ref = readStr(body['customerOrderReference']);
  if (id === undefined && ref === undefined) return 'missing';
  if (id !== undefined) return /^\d+$/.test(id) ? state.orders.get(Number(id)) : undefined;
  return [...state.orders.values()].filter((o) => o.customerOrderReference === ref).sort((a, b) => b.id - a.id)[0];
}

/** Mutations on an unknown order: 410 "Invalid Order Id" (the guide's wording in /tnPortOutReject). */
export function mutableOrder(state: SandboxState, body: Json): Order | Reply {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o) return fail('410', 'Invalid Order Id');
  return o;
}
