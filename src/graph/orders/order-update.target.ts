/**
 * The one order an update acts on, read before the write so that what the caller can fix is told
 * precisely and nothing is written: no such order, a reference several orders carry (a write must
 * not pick one silently), an order that is not PENDING (/orderUpdate: "update information on a
 * Pending order", L10174), a number that is not on it, a number whose line is finished (the carrier takes
 * per-number changes of a still-pending line only, "cancel a Pending telephone number", L10199, and refuses the
 * whole update otherwise, losing the order-level changes sent with it).
 */
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import type { OrderLineStatus } from '../../upstream/shared/order-labels.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { Path } from '../common/validation.js';
import { describeOrderRef } from './order-ref.js';

/** Orders read to resolve a customerOrderReference: enough to see every exact match in practice. */
const REFERENCE_LOOKUP_SIZE = 100;

/** Refused: `order` is set when the order was read, so the payload can show it as it is. */
export type Target = { order: OrderDetail } | { userErrors: UserError[]; order?: OrderDetail };

/**
 * Line states the carrier no longer changes. A line whose state we cannot read is left to the carrier
 * (unknown is not refused): FOC_RECEIVED and JEOPARDY port-in lines are still pending a port.
 */
const FINISHED: ReadonlySet<OrderLineStatus> = new Set(['COMPLETE', 'CANCELED']);

function lineIssue(order: OrderDetail, tn: string, path: Path): UserError | undefined {
  const lines = order.lines.filter((l) => l.tn === tn);
  if (lines.length === 0) return UserError.of(path, UserErrorCode.NOT_FOUND, `${tn} is not on order ${order.orderId}.`);
  // A number may be on an order twice (canceled, then added again): one open line is enough.
  if (lines.some((l) => !l.statusCode || !FINISHED.has(l.statusCode))) return undefined;
  const status = lines[lines.length - 1]!.statusCode;
  return UserError.of(
    path,
    UserErrorCode.WRONG_STATUS,
    `${tn} is ${status} on order ${order.orderId}; only numbers still pending (not COMPLETE or CANCELED) can be changed.`,
  );
}

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
      order,
      userErrors: [
        UserError.of(
          path,
          UserErrorCode.WRONG_STATUS,
          `Order ${order.orderId} is ${order.status}${why}; only PENDING orders can be updated.`,
        ),
      ],
    };
  }
  const userErrors = tns.flatMap((tn, i) => lineIssue(order, tn, [...where.numbers, String(i), 'tn']) ?? []);
  return userErrors.length > 0 ? { order, userErrors } : { order };
}
