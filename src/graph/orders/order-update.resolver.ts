/**
 * updateOrder (/orderUpdate): change a PENDING order. Input is checked first (nothing reaches the
 * carrier otherwise), the order is read once to refuse what the carrier would refuse, the write is
 * sent once (never retried), and the order's cached state is dropped so the payload reads it fresh.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UpstreamError } from '../../upstream/core/errors.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { UpdateOrderInput } from './order-update.input.js';
import { UpdateOrderPayload } from './order-update.payload.js';
import { toUpdateRequest } from './order-update.request.js';
import { pendingTarget } from './order-update.target.js';
import { checkUpdateOrder } from './order-update.validation.js';
import { orderRefPath, toOrderRef } from './order-ref.js';
import { loadOrder } from './order.reads.js';

/** A carrier refusal the caller can act on → userErrors; anything else is rethrown. */
export function updateRefusal(error: unknown): UserError[] {
  if (error instanceof UpstreamError && (error.kind === 'REJECTED' || error.kind === 'NOT_FOUND')) {
    return [UserError.of(['input'], UserErrorCode.REJECTED, `The carrier refused the update: ${error.message}`)];
  }
  throw error;
}

@Resolver()
export class UpdateOrderResolver {
  @Mutation(() => UpdateOrderPayload, {
    nullable: true,
    description:
      'Change a PENDING order: its due date, port time and zone, on-demand activation, and per number the trunk group, ' +
      'port-out PIN, note, end user, features (request, change or withdraw), port-in account data, or take a number off the ' +
      'order. Fields the carrier needs together (port time and zone; the four account fields; the end user address; the E911 ' +
      'address) are refused when given in part, before any call. An order named by customerOrderReference is first resolved to its id.\n\nCarrier: /orderDetail, /orderUpdate, /orderList.',
  })
  async updateOrder(
    @Arg('input', () => UpdateOrderInput, { description: 'The order and its changes.' }) input: UpdateOrderInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateOrderPayload> {
    const payload = new UpdateOrderPayload();
    const issues = checkUpdateOrder(input);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const named = toOrderRef(input.order);
    const target = await pendingTarget(
      ctx,
      named,
      { order: ['input', 'order'], named: orderRefPath(['input', 'order'], named), numbers: ['input', 'numbers'] },
      (input.numbers ?? []).map((n) => n.tn),
    );
    // A refusal after the read shows the order as it is: the loader still holds it, so no second call.
    if (target.order) {
      const read = { orderId: target.order.orderId };
      payload.loadOrder = () => loadOrder(ctx, read);
    }
    if ('userErrors' in target) {
      payload.userErrors = target.userErrors;
      return payload;
    }
    const ref = { orderId: target.order.orderId };
    try {
      await ctx.api.orders.orderUpdate(toUpdateRequest(ref, input));
    } catch (error) {
      payload.userErrors = updateRefusal(error);
    }
    await ctx.invalidate('Order', [ref.orderId]);
    return payload;
  }
}
