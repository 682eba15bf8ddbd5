/**
 * /tfUpdate (L8001) and /tfDisconnect (L8049): changes to In Service numbers. Both carry
 * `tnList` at the top level, create an order in the shared order store and report refused
 * numbers in `status`.
 */
import type { SandboxState } from '../store.js';
import type { Order } from '../types.js';
import { isReply, readItems, readStr, required, type Json, type Reply } from '../wire.js';
import type { PendingWork, TollFreeRecord } from './records.js';
import { createTollFreeOrder, tollFreeOf } from './state.js';
import { itemTn, submitted, type Exclusion } from './submission.js';

export interface Change {
  rec: TollFreeRecord;
  item: Json;
}

export function inServiceWrite(
  state: SandboxState,
  now: number,
  body: { tnList?: unknown; customerOrderReference?: unknown },
  kind: Order['kind'],
  check: (item: Json) => Reply | undefined,
  refuse: (item: Json, rec: TollFreeRecord) => string | undefined,
  work: (change: Change) => Omit<PendingWork, 'orderId'>,
): Reply {
  const items = readItems(body);
  if (!items || items.length === 0) return required('tnList.tnItem');
  const tns: string[] = [];
  for (const item of items) {
    const tn = itemTn(item);
    if (isReply(tn)) return tn;
    const problem = check(item);
    if (problem) return problem;
    tns.push(tn);
  }
  const tf = tollFreeOf(state, now);
  const excluded: Exclusion[] = [];
  const changes: Change[] = [];
  items.forEach((item, index) => {
    const tn = tns[index]!;
    const rec = tf.numbers.get(tn);
    const why =
      !rec || rec.status !== 'INSVC'
        ? 'TN is not in service'
        : rec.pending.length > 0 || changes.some((c) => c.rec === rec)
          ? 'TN is on an existing order'
          : refuse(item, rec);
    if (why) excluded.push({ index, tn, reason: why });
    else changes.push({ rec: rec!, item });
  });
  if (changes.length === 0) return submitted(excluded);
  const order = createTollFreeOrder(
    state,
    now,
    kind,
    changes.map((c) => ({ tn: c.rec.tn })),
    readStr(body.customerOrderReference) ?? '',
  );
  for (const change of changes) change.rec.pending.push({ orderId: order.id, ...work(change) });
  return submitted(excluded, order.id);
}
