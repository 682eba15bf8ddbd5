/**
 * Call forwarding (guide L2620–L2910): which numbers forward where, kept beside the shared state
 * (one map per kind per SandboxState). A change applies at once; the orderId it returns names a
 * record in the shared order store, so /orderDetail finds it.
 */
import { ANY } from '../request-shape.js';
import type { SandboxState } from '../store.js';
import { fail, isObject, isReply, readItems, readStr, readTn, required, type Json, type Reply } from '../wire.js';
import { createTollFreeOrder } from '../toll-free/state.js';

export type ForwardKind = 'tn' | 'tf';

const byState = new WeakMap<SandboxState, Record<ForwardKind, Map<string, string>>>();

export function forwardsOf(state: SandboxState, kind: ForwardKind): Map<string, string> {
  let maps = byState.get(state);
  if (!maps) {
    // Seeded: one assigned TN and one toll-free number forward already.
    maps = { tn: new Map([['3123489652', '3123752629']]), tf: new Map([['8002012312', '3123752629']]) };
    byState.set(state, maps);
  }
  return maps[kind];
}

export const FORWARD_REQUEST = (wrapper: string) =>
  ({ [wrapper]: { customerOrderReference: ANY, tnList: { tnItem: { tn: ANY, forwardTo: ANY, removeForwardTo: ANY } } } }) as const;

/** The guide's cap is not stated; 421 "Too Many TNs specified in the request" exists (L2660). */
export const MAX_FORWARD_TNS = 100;

/**
 * The whole request is refused on the first bad number (409 "Invalid TN submitted:[tn]", 432 "TN is
 * not in service"), as the status list reads: no per-number exclusions are documented.
 */
export function manageForwarding(
  state: SandboxState,
  now: number,
  wrapper: unknown,
  wrapperName: string,
  kind: ForwardKind,
  inService: (tn: string) => boolean,
): Reply {
  if (!isObject(wrapper)) return required(wrapperName);
  const items = readItems(wrapper);
  if (!items || items.length === 0) return required(`${wrapperName}.tnList.tnItem`);
  if (items.length > MAX_FORWARD_TNS) return fail('421', 'Too Many TNs specified in the request');
  const changes: { tn: string; forwardTo: string | null }[] = [];
  for (const item of items) {
    const change = readChange(item, kind);
    if (isReply(change)) return change;
    if (!inService(change.tn)) return fail('432', 'TN is not in service');
    changes.push(change);
  }
  const forwards = forwardsOf(state, kind);
  for (const c of changes) {
    if (c.forwardTo === null) forwards.delete(c.tn);
    else forwards.set(c.tn, c.forwardTo);
  }
  const order = createTollFreeOrder(
    state,
    now,
    'FEATURE',
    changes.map((c) => ({ tn: c.tn })),
    readStr(wrapper['customerOrderReference']) ?? '',
  );
  // A JSON number, as both examples show (the table says String).
  return { status: 'Success', statusCode: '200', orderId: order.id };
}

function readChange(item: Json, kind: ForwardKind): { tn: string; forwardTo: string | null } | Reply {
  if (item['tn'] === undefined || item['tn'] === '') return required('tn');
  const tn = readTn(item['tn']);
  if (!tn || (kind === 'tf' && !/^8(00|33|44|55|66|77|88)/.test(tn))) return fail('409', `Invalid TN submitted:[${String(item['tn'])}]`);
  const remove = readStr(item['removeForwardTo'])?.toUpperCase() === 'Y';
  const rawTo = item['forwardTo'];
  if (!remove && (rawTo === undefined || rawTo === '')) return required('forwardTo or removeForwardTo');
  if (remove) return { tn, forwardTo: null };
  const forwardTo = readTn(rawTo);
  if (!forwardTo) return fail('409', `Invalid TN submitted:[${String(rawTo)}]`);
  return { tn, forwardTo };
}

export function forwardList(state: SandboxState, kind: ForwardKind, key: string): Reply {
  const entries = [...forwardsOf(state, kind).entries()].sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return fail('430', 'No Results Found');
  // TNs as strings, a flat array, as the examples show (L2850, L2893).
  return { status: 'Success', statusCode: '200', [key]: entries.map(([tn, forwardTo]) => ({ tn, forwardTo })) };
}
