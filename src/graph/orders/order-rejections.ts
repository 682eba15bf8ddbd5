/**
 * Order writes the carrier refused, as the payload's `userErrors`.
 *
 * Cancelling an order that does not exist or is not Pending, or adding a
 * note to an unknown order, is something the caller can act on, so it is
 * data, not a failed response. The carrier's codes do not say which case it
 * is: the guide documents 410 only as "Invalid Order Id", and the sandbox
 * also answers 410 for an order that is not Pending. So after a refusal the
 * order is read once (the same loader the payload's `order` uses) and the
 * reason is told from what the carrier says about the order, not from the
 * wording of its message, which is passed on as it is.
 *
 * Infrastructure failures (credentials, unavailable, timeout, rate limits)
 * are not the caller's to fix: they stay GraphQL errors.
 */
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import { UpstreamError } from '../../upstream/core/errors.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { Path } from '../common/validation.js';
import { describeOrderRef, orderRefPath } from './order-ref.js';

export type OrderWrite = 'cancel' | 'addNote';

/** The one order status /orderCancel accepts ("cancel an order in Pending status", L10306). */
const CANCELABLE = 'PENDING';

/** The order as the carrier has it now; undefined when that cannot be read (the carrier's own message has to do). */
async function readOrder(ctx: GatewayContext, orderId: string): Promise<OrderDetail | null | undefined> {
  return ctx.loaders.orders.orderDetail.load(orderId).catch(() => undefined);
}

const carrierSaid = (error: UpstreamError) => `The carrier answered: "${error.message}".`;

function notCancelable(order: OrderDetail): string {
  if (order.status === 'INCOMPLETE') {
    return `Order ${order.orderId} is INCOMPLETE (the carrier is still validating it); only PENDING orders can be canceled: try again once it is PENDING.`;
  }
  return `Order ${order.orderId} is ${order.status}; only PENDING orders can be canceled.`;
}

/**
 * `error` from a write to order `orderId` → userErrors, or rethrown when it is
 * not the caller's to fix. `named` is how the caller named the order (paths
 * and messages use it); `input` is the path of the mutation's input, whose
 * `order` named it; a refusal for another reason points at the whole input.
 */
export async function rejectionToUserErrors(
  ctx: GatewayContext,
  error: unknown,
  write: OrderWrite,
  orderId: string,
  named: OrderRef,
  input: Path,
): Promise<UserError[]> {
  const path = [...input, 'order'];
  assertCarrierRefusal(error, ['NOT_FOUND', 'REJECTED']);
  const order = error.kind === 'NOT_FOUND' ? null : await readOrder(ctx, orderId);
  if (order === null) {
    return [
      UserError.of(orderRefPath(path, named), UserErrorCode.NOT_FOUND, `No such order: ${describeOrderRef(named)}. ${carrierSaid(error)}`),
    ];
  }
  if (write === 'cancel' && order && order.status !== CANCELABLE) {
    return [UserError.of(path, UserErrorCode.WRONG_STATUS, `${notCancelable(order)} ${carrierSaid(error)}`)];
  }
  return [UserError.of(input, UserErrorCode.REJECTED, `The carrier refused the request: ${error.message}`)];
}
