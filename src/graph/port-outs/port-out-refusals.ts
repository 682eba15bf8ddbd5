/**
 * What a refused rejectPortOut or approvePortOut means. The carrier answers 410 "Invalid Order Id" (reject) or 432
 * "User Error" (approve) alike for an unknown order, a number not on it, and a number or an order already answered
 * (L10544, L10589): the answer alone cannot tell the caller what to fix. So, only after a refusal, the order's
 * /orderDetail is read (the orders domain's loader: one call) and the refusal is put where it belongs: the order id,
 * or the number, with NOT_FOUND or WRONG_STATUS.
 */
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { UpstreamError } from '../../upstream/core/errors.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { Path } from '../common/validation.js';
import { portOutNumberStatusFromLabel } from './port-out-labels.js';
import { PortOutNumberStatus } from './port-outs.enums.js';

const INPUT: Path = ['input'];
const ORDER_ID: Path = [...INPUT, 'orderId'];
const TN: Path = [...INPUT, 'tn'];

const ANSWERED: Record<Exclude<PortOutNumberStatus, PortOutNumberStatus.PENDING>, string> = {
  [PortOutNumberStatus.APPROVED]: 'already approved',
  [PortOutNumberStatus.REJECTED]: 'already rejected',
  [PortOutNumberStatus.PORTED]: 'already ported away',
  [PortOutNumberStatus.CANCELED]: 'on a canceled port-out',
};

/** The order as the carrier lists it now (null when it does not); undefined when the read fails: the carrier's answer stands. */
async function readOrder(ctx: GatewayContext, orderId: string): Promise<OrderDetail | null | undefined> {
  try {
    return await ctx.loaders.orders.orderDetail.load(orderId);
  } catch {
    return undefined;
  }
}

/** The refusal from the order's state; undefined when the order looks answerable (the carrier's own answer is kept). */
function fromOrder(detail: OrderDetail | null | undefined, input: { orderId: string; tn?: string }): UserError | undefined {
  const { orderId, tn } = input;
  if (detail === undefined) return undefined;
  if (!detail || detail.product !== 'PORT_OUT') {
    return UserError.of(ORDER_ID, UserErrorCode.NOT_FOUND, `No port-out order ${orderId}`);
  }
  if (tn !== undefined) {
    const line = detail.lines.find((l) => l.tn === tn);
    if (!line) return UserError.of(TN, UserErrorCode.NOT_FOUND, `Number ${tn} is not on port-out order ${orderId}`);
    const status = portOutNumberStatusFromLabel(line.status);
    // Checked before the order's status: rejecting the last number cancels the order, and the number is what was asked.
    if (status && status !== PortOutNumberStatus.PENDING) {
      return UserError.of(TN, UserErrorCode.WRONG_STATUS, `Number ${tn} is ${ANSWERED[status]} on port-out order ${orderId}`);
    }
  }
  if (detail.status !== 'PENDING') {
    const label = detail.statusLabel ?? detail.status;
    return UserError.of(
      ORDER_ID,
      UserErrorCode.WRONG_STATUS,
      `Port-out order ${orderId} is ${label}, not pending: it can no longer be answered`,
    );
  }
  return undefined;
}

/** The userError of a refused port-out answer (the write's NOT_FOUND or REJECTED failure). */
export async function portOutRefusal(
  ctx: GatewayContext,
  input: { orderId: string; tn?: string },
  error: UpstreamError,
): Promise<UserError> {
  const known = fromOrder(await readOrder(ctx, input.orderId), input);
  // The carrier's own words stay in the message: they are what its support will be asked about.
  if (known) return UserError.of(known.path, known.code, `${known.message} (the carrier answered "${error.message}")`);
  return /invalid order id/i.test(error.message) || error.kind === 'NOT_FOUND'
    ? UserError.of(ORDER_ID, UserErrorCode.NOT_FOUND, `No pending port-out here (the carrier answered "${error.message}").`)
    : UserError.of(INPUT, UserErrorCode.REJECTED, `The carrier refused: ${error.message}`);
}
