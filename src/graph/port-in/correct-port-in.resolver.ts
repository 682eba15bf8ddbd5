/**
 * correctPortIn: corrections to port-in numbers in jeopardy (guide §Port-In Status, L13271: "Use the
 * orderUpdate endpoint to make corrections"). Checked before any call; the order is read once to
 * refuse numbers that are not in jeopardy; the correction is one /orderUpdate for all numbers.
 */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { toLineUpdate } from '../orders/order-update.request.js';
import { updateRefusal } from '../orders/order-update.resolver.js';
import { pendingTarget } from '../orders/order-update.target.js';
import { checkAccountGroup, checkEndUserGroup } from '../orders/order-update.validation.js';
import { CorrectPortInInput } from './correct-port-in.input.js';
import { readOrder } from './port-in.mutations.js';
import { PortInOrder } from './port-in-order.type.js';

const ORDER_ID = ['input', 'orderId'];
const NUMBERS = ['input', 'numbers'];

@ObjectType({ description: 'Result of correctPortIn: corrected numbers go back to PENDING_FOC until the losing carrier answers again.' })
export class CorrectPortInPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (a "go together" group given in part, a future authDate), NOT_FOUND (no such order, or a number not on it), ' +
      "WRONG_STATUS (the order is not PENDING, or a number is not in jeopardy), or the carrier's refusal (REJECTED, with its message).",
  })
  override userErrors: UserError[] = [];

  loadOrder?: Lazy<PortInOrder | null>;

  @Field(() => PortInOrder, {
    nullable: true,
    description: 'The port-in order as it stands after the correction; null when nothing was written.\n\nCarrier: /portInOrderList.',
  })
  get order(): Promise<PortInOrder | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

function checkCorrection(input: CorrectPortInInput, now = Date.now()): Issues {
  const issues = new Issues();
  issues.pattern(ORDER_ID, input.orderId, /^\d{1,15}$/, 'orderId is the numeric order id.');
  if (!issues.nonEmpty(NUMBERS, input.numbers, 'number')) return issues;
  issues.noDuplicates(
    input.numbers,
    (n) => n.tn,
    (i) => [...NUMBERS, String(i), 'tn'],
    'Number',
  );
  input.numbers.forEach((n, i) => {
    const at = [...NUMBERS, String(i)];
    const account = checkAccountGroup(issues, at, n, now);
    checkEndUserGroup(issues, [...at, 'endUser'], n.endUser);
    if (!account && !n.endUser)
      issues.add(at, UserErrorCode.REQUIRED, `Number ${n.tn} corrects nothing: give account data, accountPin or endUser.`);
  });
  return issues;
}

@Resolver()
export class CorrectPortInResolver {
  @Mutation(() => CorrectPortInPayload, {
    nullable: true,
    description:
      'Correct numbers of a pending port-in that the losing carrier rejected (status JEOPARDY, see jeopardyReason): new account ' +
      'data, account PIN or end user. Each corrected number goes back to PENDING_FOC and the losing carrier is asked again.' +
      '\n\nCarrier: /orderDetail, /orderUpdate, /portInOrderList.',
  })
  async correctPortIn(
    @Arg('input', () => CorrectPortInInput, { description: 'The order and the corrections.' }) input: CorrectPortInInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CorrectPortInPayload> {
    const payload = new CorrectPortInPayload();
    const issues = checkCorrection(input);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const ref = { orderId: input.orderId };
    const tns = input.numbers.map((n) => n.tn);
    const target = await pendingTarget(ctx, ref, { order: ORDER_ID, named: ORDER_ID, numbers: NUMBERS }, tns);
    if ('userErrors' in target) {
      payload.userErrors = target.userErrors;
      return payload;
    }
    const lines = new Map(target.order.lines.map((l) => [l.tn, l]));
    payload.userErrors = tns.flatMap((tn, i) => {
      const line = lines.get(tn)!;
      return line.statusCode === 'JEOPARDY'
        ? []
        : [
            UserError.of(
              [...NUMBERS, String(i), 'tn'],
              UserErrorCode.WRONG_STATUS,
              `${tn} is not in jeopardy (its status: ${line.status ?? 'unknown'}); only numbers in jeopardy can be corrected.`,
            ),
          ];
    });
    if (payload.userErrors.length > 0) return payload;
    try {
      await ctx.api.orders.orderUpdate({ ref, lines: input.numbers.map((n) => toLineUpdate(n)) });
      payload.loadOrder = () => readOrder(ctx, input.orderId);
    } catch (error) {
      payload.userErrors = updateRefusal(error);
    }
    ctx.loaders.portIn.pendingNumbers.clearAll();
    await ctx.invalidate('Order', [input.orderId]);
    return payload;
  }
}
