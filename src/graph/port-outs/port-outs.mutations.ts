/**
 * rejectPortOut and approvePortOut (/tnPortOutReject, /portOutApproval): the account, as the losing
 * carrier, answers another carrier's port request. Input is checked before any call; the carrier's
 * refusals ("Invalid Order Id", 432 "User Error" with its reason) are userErrors, put at the order
 * id or the number by reading the order after a refusal (port-out-refusals.ts); writes are never retried.
 */
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { isCarrierOrderId } from '../orders/order-ref.js';
import { loadOrder } from '../orders/order.reads.js';
import { Order } from '../orders/order.type.js';
import { portOutRefusal } from './port-out-refusals.js';
import { PortOutRejectReason, REJECT_REASON_CODES } from './port-outs.enums.js';

@InputType({ description: 'Refuse one number of a port-out order (another carrier asked to take it).' })
export class RejectPortOutInput {
  @Field(() => ID, { description: 'The port-out order id, e.g. "1501843" (from the port-out authorization webhook).' }) orderId!: string;
  @Field(() => TnScalar, { description: 'The number to keep, ten digits.' }) tn!: string;
  @Field(() => PortOutRejectReason, { description: 'Why the request is refused.' }) reason!: PortOutRejectReason;
}

@InputType({ description: 'Approve every number of a port-out order that was not rejected.' })
export class ApprovePortOutInput {
  @Field(() => ID, { description: 'The port-out order id, e.g. "1501843".' }) orderId!: string;
}

@ObjectType({ description: 'What port-out payloads share: the order and userErrors.' })
abstract class PortOutPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Why nothing changed: a malformed order id (nothing was sent); NOT_FOUND at `orderId` (no such port-out order) or at `tn` ' +
      '(the number is not on it); WRONG_STATUS at `tn` (the number was already rejected or approved) or at `orderId` (the ' +
      "order is no longer pending); or REJECTED with the carrier's message.",
  })
  override userErrors: UserError[] = [];

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, {
    nullable: true,
    description: 'The port-out order as the carrier lists it now; null when it does not, or nothing changed.',
  })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of rejectPortOut.' })
export class RejectPortOutPayload extends PortOutPayload {
  @Field(() => TnScalar, { nullable: true, description: 'The number refused; null when nothing changed.' }) tn?: string | null;
}

@ObjectType({ description: 'Result of approvePortOut.' })
export class ApprovePortOutPayload extends PortOutPayload {
  @Field(() => ID, { nullable: true, description: 'The order approved; null when nothing changed.' }) orderId?: string | null;
}

const INPUT: Path = ['input'];

/** Runs the write and records its refusal; true when it went through. */
async function write(
  ctx: GatewayContext,
  payload: PortOutPayload,
  input: { orderId: string; tn?: string },
  action: () => Promise<unknown>,
): Promise<boolean> {
  const issues = new Issues();
  if (!isCarrierOrderId(input.orderId)) {
    issues.add([...INPUT, 'orderId'], UserErrorCode.INVALID, 'orderId must be a carrier order id: digits only, e.g. "1501843".');
  }
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return false;
  }
  try {
    await action();
  } catch (error) {
    assertCarrierRefusal(error, ['NOT_FOUND', 'REJECTED']);
    payload.userErrors = [await portOutRefusal(ctx, input, error)];
    return false;
  }
  ctx.loaders.portOuts.clear();
  await ctx.invalidate('Order', [input.orderId]);
  payload.loadOrder = () => loadOrder(ctx, { orderId: input.orderId }).catch(() => null);
  return true;
}

@Resolver()
export class PortOutMutationsResolver {
  @Mutation(() => RejectPortOutPayload, {
    nullable: true,
    description: describe(
      'Refuse one number of a port-out order, as the losing carrier, with a reason; the other numbers go on.',
      '/tnPortOutReject',
    ),
  })
  async rejectPortOut(
    @Arg('input', () => RejectPortOutInput, { description: 'The order, the number and the reason.' }) input: RejectPortOutInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RejectPortOutPayload> {
    const payload = new RejectPortOutPayload();
    const done = await write(ctx, payload, input, () =>
      ctx.api.portOuts.tnPortOutReject({ orderId: input.orderId, tn: input.tn, reason: REJECT_REASON_CODES[input.reason] }),
    );
    if (done) payload.tn = input.tn;
    return payload;
  }

  @Mutation(() => ApprovePortOutPayload, {
    nullable: true,
    description: describe(
      'Approve every number of a port-out order that was not rejected, as the losing carrier; they leave on the port date.',
      '/portOutApproval',
    ),
  })
  async approvePortOut(
    @Arg('input', () => ApprovePortOutInput, { description: 'The order to approve.' }) input: ApprovePortOutInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ApprovePortOutPayload> {
    const payload = new ApprovePortOutPayload();
    if (await write(ctx, payload, input, () => ctx.api.portOuts.portOutApproval({ orderId: input.orderId })))
      payload.orderId = input.orderId;
    return payload;
  }
}
