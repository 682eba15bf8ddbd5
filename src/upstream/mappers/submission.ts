/**
 * /tnOrder, /tnUpdate, /tnFeatureOrder, /tnDisconnect → OrderSubmission.
 *
 * `orderId` arrives as a string, a number, the string "null" or null.
 * Exclusions arrive inside `status` ("{2=[6123453624 TN is on an existing order]}");
 * a structured `excludedTnList`, should one appear, is read too. `requested`
 * (the request's TNs, in order) resolves a status entry that names no TN.
 */
import type { ExcludedNumber, OrderSubmission, Tn } from '../model.js';
import { parseStructuredExclusions, requireStatusExclusions, toOrderId, type WireObject } from '../wire.js';

/**
 * The numbers a batch write left out, from every place the carrier may
 * report them (the `status` string, structured lists), each TN+reason once.
 * Shared by the order-creating writes and the immediate per-number updates
 * (/portOutPinUpdate, /tnNoteUpdate), which report refusals the same way.
 */
export function mapExclusions(body: WireObject, requested: readonly Tn[] = []): ExcludedNumber[] {
  const excluded: ExcludedNumber[] = [];
  const seen = new Set<string>();
  const add = (list: ExcludedNumber[]) => {
    for (const e of list) {
      const key = `${e.tn}\u0000${e.reason ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        excluded.push(e);
      }
    }
  };
  add(requireStatusExclusions(body['status'], requested));
  add(parseStructuredExclusions(body['excludedTnList']));
  add(parseStructuredExclusions(body['invalidTnList']));
  return excluded;
}

export function mapOrderSubmission(body: WireObject, requested: readonly Tn[] = []): OrderSubmission {
  return { orderId: toOrderId(body['orderId']), excluded: mapExclusions(body, requested) };
}
