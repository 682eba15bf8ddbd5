/**
 * The one order an update acts on, read before the write so that what the caller can fix is told
 * precisely and nothing is written: no such order, a reference several orders carry (a write must
 * not pick one silently), an order that is not PENDING (/orderUpdate: "update information on a
 * Pending order", L10174), a number that is not on it.
 */
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { Path } from '../common/validation.js';
import { describeOrderRef } from './order-ref.js';

/** Orders read to resolve a customerOrderReference: enough to see every exact match in practice. */
const REFERENCE_LOOKUP_SIZE = 100;

export type Target = { order: OrderDetail } | { userErrors: UserError[] };

async function orderIdOf(ctx: GatewayContext, ref: OrderRef, named: Path): Promise<string | UserError[]> {
  if ('orderId' in ref) return ref.orderId;
  const page = await ctx.api.orders.orderList({
    customerOrderReference: ref.customerOrderReference,
    page: { page: 1, size: REFERENCE_LOOKUP_SIZE },
  });
  // The filter may match by prefix: only exact matches count.
  const matches = page.items.filter((o) => o.customerOrderReference === ref.customerOrderReference);
  if (matches.length === 1 && page.totalItems <= page.items.length) return matches[0]!.orderId;
  if (matches.length === 0 && page.totalItems <= page.items.length) {
    return [UserError.of(named, UserErrorCode.NOT_FOUND, `No such order: ${describeOrderRef(ref)}.`)];
  }
  const ids = matches.slice(0, 5).map((o) => o.orderId);
  return [
    UserError.of(
      named,
      UserErrorCode.CONFLICT,
      `Several orders carry customerOrderReference ${ref.customerOrderReference}${ids.length ? ` (e.g. ${ids.join(', ')})` : ''}: name the order by id.`,
    ),
  ];
}

/**
 * `where.order` is the input of the order (a wrong status points there), `where.named` the field
 * that named it (an unknown order points there), `where.numbers` the list whose `tn`s must be on it.
 */
export async function pendingTarget(
  ctx: GatewayContext,
  ref: OrderRef,
  where: { order: Path; named: Path; numbers: Path },
  tns: readonly string[],
): Promise<Target> {
  const path = where.order;
  const orderId = await orderIdOf(ctx, ref, where.named);
  if (typeof orderId !== 'string') return { userErrors: orderId };
  const order = await ctx.loaders.orders.orderDetail.load(orderId);
  if (!order) return { userErrors: [UserError.of(where.named, UserErrorCode.NOT_FOUND, `No such order: ${describeOrderRef(ref)}.`)] };
  if (order.status !== 'PENDING') {
    const why = order.status === 'INCOMPLETE' ? ' (the carrier is still validating it: try again once it is PENDING)' : '';
    return {
      userErrors: [
        UserError.of(
          path,
          UserErrorCode.WRONG_STATUS,
          `Order ${order.orderId} is ${order.status}${why}; only PENDING orders can be updated.`,
        ),
      ],
    };
  }
  const onOrder = new Set(order.lines.filter((l) => l.statusCode !== 'CANCELED').map((l) => l.tn));
  const userErrors = tns.flatMap((tn, i) =>
    onOrder.has(tn)
      ? []
      : [
          UserError.of(
            [...where.numbers, String(i), 'tn'],
            UserErrorCode.NOT_FOUND,
            `${tn} is not a pending number of order ${order.orderId}.`,
          ),
        ],
  );
  return userErrors.length > 0 ? { userErrors } : { order };
}
