/**
 * /portOutApproval (L10576): approves every number of a pending port-out order not already
 * rejected; they port on the port date. Failures are 432 "User Error" with the reason in `status`
 * ("Indicates the actual error that occurred"): the sandbox words it after /tnPortOutReject's
 * "Invalid Order Id". Approving twice is a success.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, ok, readStr } from '../wire.js';
import { findPortOut } from './shared/port-out-book.js';

export const portOutApproval = defineOperation({ orderId: ANY }, ({ state, now }, body) => {
  const orderId = readStr(body.orderId);
  if (orderId === undefined) return fail('432', 'Fields Required are missing: orderId');
  const order = findPortOut(state, orderId);
  if (!order) return fail('432', 'Invalid Order Id');
  if (order.status !== 'PENDING') return fail('432', `Order ${order.id} is not pending`);
  for (const item of order.items) if (item.portOut?.state === 'PENDING') item.portOut = { state: 'APPROVED' };
  order.lastModified = now;
  return ok();
});
