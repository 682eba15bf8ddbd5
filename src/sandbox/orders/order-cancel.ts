/** /orderCancel (L10304): "cancel an order in Pending status" → Pending Cancel, then Canceled after review (lifecycle.ts). */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { fail, isReply, ok } from '../wire.js';
import { mutableOrder } from './shared/order-lookup.js';
import { ORDER_STATUS_NAMES } from './shared/order-view.js';

export const orderCancel = defineOperation(ORDER_REF, ({ state, now }, body) => {
  const o = mutableOrder(state, body);
  if (isReply(o)) return o;
  // A port-out is the gaining carrier's order: the account answers it with /tnPortOutReject or
  // /portOutApproval, not by canceling it (the guide is silent; sandbox wording).
  if (o.kind === 'PORT_OUT') return fail('410', `Invalid Request: order ${o.id} is a port-out; reject its numbers with /tnPortOutReject`);
  if (o.status !== 'PENDING') {
    // The guide gives no code or text for this refusal ("4XX Dynamic error message", L13360);
    // 410 is the code its order operations use for an order they cannot act on.
    return fail('410', `Invalid Request: order ${o.id} is ${ORDER_STATUS_NAMES[o.status]}; only Pending orders can be canceled`);
  }
  o.status = 'PCNCL';
  o.cancelRequestedAt = now;
  o.lastModified = now;
  return ok();
});
