/** The immediate per-TN updates of /portOutPinUpdate and /tnNoteUpdate. */
import type { SandboxState } from '../../store.js';
import type { AssignedTn } from '../../types.js';
import { exclusionStatus, ok, rawTn, readTn, type Json, type Reply } from '../../wire.js';

/**
 * Immediate per-TN update on In Service TNs (no order is created: the responses carry no orderId).
 * Invalid TNs are reported inside `status` in the /tnOrder exclusion format, statusCode "200".
 */
export function updateInService(
  state: SandboxState,
  items: Json[],
  field: string,
  apply: (a: AssignedTn, value: string) => string | undefined,
): Reply {
  const excluded: Array<{ index: number; tn: string; reason: string }> = [];
  items.forEach((item, index) => {
    const tn = readTn(item['tn']);
    const a = tn ? state.assigned.get(tn) : undefined;
    const value = typeof item[field] === 'number' ? String(item[field]) : item[field];
    let reason: string | undefined;
    if (!tn) reason = item['tn'] === undefined ? 'Fields are Required: tn' : 'Invalid TN; must be a ten-digit telephone number';
    else if (!a) reason = 'TN is not assigned to this customer';
    else if (a.status !== 'In Service') reason = `TN is not In Service (status ${a.status})`;
    else if (typeof value !== 'string') reason = `Fields are Required: ${field}`;
    else reason = apply(a, value);
    if (reason) excluded.push({ index, tn: tn ?? rawTn(item['tn']), reason });
  });
  return ok(excluded.length > 0 ? { status: exclusionStatus(excluded) } : {});
}
