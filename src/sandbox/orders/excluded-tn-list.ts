/**
 * /excludedTnList (L9939) by tn, orderId or customerOrderReference; when several are sent (the
 * example sends all three) they must all match. Empty → 430 "No Results found" (spelled as L9996).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ORDER_REF } from '../request-fields.js';
import { dayDate, fail, ok, readStr, readTn, required, type Json } from '../wire.js';
import { invalidTnSubmitted } from './shared/order-lookup.js';

export const excludedTnList = defineOperation({ ...ORDER_REF, tn: ANY }, ({ state, now }, body) => {
  const id = readStr(body.orderId);
  const ref = readStr(body.customerOrderReference);
  const tnSent = body.tn !== undefined && body.tn !== '';
  if (id === undefined && ref === undefined && !tnSent) return required('tn or orderId or customerOrderReference');
  const tn = tnSent ? readTn(body.tn) : undefined;
  if (tnSent && !tn) return invalidTnSubmitted(body.tn);
  const excludedTnItem: Json[] = [];
  for (const o of [...state.orders.values()].sort((a, b) => a.id - b.id)) {
    if (id !== undefined && String(o.id) !== id) continue;
    if (ref !== undefined && o.customerOrderReference !== ref) continue;
    for (const e of o.excluded) {
      if (e.at > now || (tn !== undefined && e.tn !== tn)) continue;
      excludedTnItem.push({
        orderId: o.id,
        customerOrderReference: o.customerOrderReference,
        tn: /^\d{10}$/.test(e.tn) ? Number(e.tn) : e.tn,
        excludedReason: e.reason,
        insertDate: dayDate(e.at),
        displayName: o.createdUser,
      });
    }
  }
  if (excludedTnItem.length === 0) return fail('430', 'No Results found');
  return ok({ excludedTnList: { excludedTnItem } });
});
