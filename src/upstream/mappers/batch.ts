/** /tnReserve and /tnRelease → BatchOutcome. */
import type { BatchOutcome, Tn } from '../model.js';
import { obj, parseStructuredExclusions, toCount, type WireObject } from '../wire.js';

export function mapBatchOutcome(operation: 'tnReserve' | 'tnRelease', body: WireObject, requested: Tn[]): BatchOutcome {
  const wrapper = obj(body[operation === 'tnReserve' ? 'tnReserveResponse' : 'tnReleaseResponse']);
  const excluded = parseStructuredExclusions(wrapper['excludedTnList'] ?? body['excludedTnList']).map((e) => e.tn);
  const total = toCount(wrapper['totalTnCount']) ?? requested.length;
  const succeeded =
    toCount(wrapper[operation === 'tnReserve' ? 'reservedTnCount' : 'releasedTnCount']) ?? Math.max(0, total - excluded.length);
  return { requested: total, succeeded, excluded };
}
