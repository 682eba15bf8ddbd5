/** /tnAssignedList (L1740): every assigned TN with its status. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { fail, ok } from '../wire.js';

export const tnAssignedList = defineOperation({}, ({ state }) => {
  const list = [...state.assigned.values()].sort((a, b) => a.tn.localeCompare(b.tn));
  // Not shown in the guide for this op; 430 mirrors the other list operations.
  if (list.length === 0) return fail('430', 'No Result Found');
  return ok({ tnBasicList: { tnBasicItem: list.map((a) => ({ tn: Number(a.tn), tnStatus: a.status })) } });
});
