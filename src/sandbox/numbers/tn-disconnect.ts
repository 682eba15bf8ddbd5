/** /tnDisconnect (L2576): In Service numbers leave the account when their order closes. */
import { orderOperation, type Validate } from './shared/order-submission.js';
import { inServiceReason } from './shared/tn-item-checks.js';

const validateDisconnect: Validate = (ctx, _raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  if (ctx.isOnOpenOrder(tn)) return { reason: 'TN is on an existing order' };
  return { item: { tn, done: false } };
};

export const tnDisconnect = orderOperation({
  name: 'tnDisconnect',
  wrapper: 'optional',
  kind: 'DISCO',
  item: {},
  validate: validateDisconnect,
});
