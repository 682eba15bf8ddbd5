/** Call forwarding: TelephoneNumber.callForwarding, TollFreeNumber.callForwarding and updateCallForwarding. */
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ForwardingChange } from '../../upstream/call-forwarding/forwarding.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { MutationPayload } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { TOLL_FREE_TN } from '../toll-free/toll-free.limits.js';
import { TollFreeNumber } from '../toll-free/toll-free-number.type.js';

/** The guide states no cap; it has 421 "Too Many TNs" (L2660). The carrier validates up to 100 numbers at once elsewhere. */
const MAX_FORWARDING_NUMBERS = 100;

@ObjectType({ description: 'Where calls to a number are forwarded.' })
export class CallForwarding {
  @Field(() => TnScalar, { description: 'The number calls are forwarded to.' }) forwardTo!: string;
}

@InputType({ description: 'Forwarding for one number: exactly one of forwardTo or remove.' })
export class CallForwardingChangeInput {
  @Field(() => TnScalar, { description: 'A telephone number or toll-free number of the account.' }) tn!: string;
  @Field(() => TnScalar, { nullable: true, description: 'Forward calls to this number.' }) forwardTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: stop forwarding.' }) remove?: boolean | null;
}

@InputType({ description: 'Forwarding changes; telephone numbers and toll-free numbers may be mixed.' })
export class UpdateCallForwardingInput {
  @Field(() => [CallForwardingChangeInput], { description: `The numbers, at most ${MAX_FORWARDING_NUMBERS}.` })
  numbers!: CallForwardingChangeInput[];
  @Field(() => String, { nullable: true, description: 'Your own reference for the change.' }) customerOrderReference?: string | null;
}

@ObjectType({ description: 'Result of updateCallForwarding.' })
export class UpdateCallForwardingPayload extends MutationPayload {
  @Field(() => [UserError], {
    description: 'Input problems (nothing was sent), or the carrier refusing a number (INVALID) or one not in service (WRONG_STATUS).',
  })
  override userErrors: UserError[] = [];
  @Field(() => [String], { description: 'Carrier order ids of the changes: one for telephone numbers, one for toll-free numbers.' })
  orderIds: string[] = [];
}

const ALL = 'all';

/** A refusal of one call as a userError on the first number of that group (the carrier names no index). */
function refusal(error: unknown, path: Path): UserError {
  assertCarrierRefusal(error);
  const code = error.statusCode === '432' ? UserErrorCode.WRONG_STATUS : UserErrorCode.INVALID;
  return UserError.of(path, code, `The carrier refused the change: ${error.message}`);
}

@Resolver()
export class CallForwardingResolver {
  @Mutation(() => UpdateCallForwardingPayload, {
    nullable: true,
    description:
      'Set or stop call forwarding on telephone numbers and toll-free numbers (one carrier call per kind of number present).\n\nCarrier: /tnForward, /tfForward.',
  })
  async updateCallForwarding(
    @Arg('input', () => UpdateCallForwardingInput, { description: 'The numbers and their forwarding.' }) input: UpdateCallForwardingInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateCallForwardingPayload> {
    const payload = new UpdateCallForwardingPayload();
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    if (issues.nonEmpty(['input', 'numbers'], input.numbers, 'number')) {
      if (input.numbers.length > MAX_FORWARDING_NUMBERS) {
        issues.add(
          ['input', 'numbers'],
          UserErrorCode.TOO_LONG,
          `At most ${MAX_FORWARDING_NUMBERS} numbers per request (got ${input.numbers.length}).`,
        );
      }
      issues.noDuplicates(
        input.numbers,
        (n) => n.tn,
        (i) => ['input', 'numbers', i, 'tn'],
        'Number',
      );
      input.numbers.forEach((n, i) => {
        if (!n.forwardTo === (n.remove !== true)) {
          issues.add(['input', 'numbers', i], UserErrorCode.CONFLICT, 'Give forwardTo or remove: true (exactly one).');
        }
      });
    }
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const groups = [
      { op: 'tfForward' as const, indexes: input.numbers.flatMap((n, i) => (TOLL_FREE_TN.test(n.tn) ? [i] : [])) },
      { op: 'tnForward' as const, indexes: input.numbers.flatMap((n, i) => (TOLL_FREE_TN.test(n.tn) ? [] : [i])) },
    ].filter((g) => g.indexes.length > 0);
    for (const { op, indexes } of groups) {
      const items: ForwardingChange[] = indexes.map((i) => ({ tn: input.numbers[i]!.tn, forwardTo: input.numbers[i]!.forwardTo ?? null }));
      try {
        const { orderId } = await ctx.api.callForwarding[op]({ items, customerOrderReference: input.customerOrderReference ?? undefined });
        if (orderId) payload.orderIds.push(orderId);
      } catch (error) {
        payload.userErrors.push(refusal(error, ['input', 'numbers', indexes[0]!, 'tn']));
      }
    }
    ctx.loaders.callForwarding.tnForwards.clearAll();
    ctx.loaders.callForwarding.tfForwards.clearAll();
    return payload;
  }
}

const forwardingOf = (list: { tn: string; forwardTo: string }[], tn: string): CallForwarding | null => {
  const found = list.find((f) => f.tn === tn);
  return found ? Object.assign(new CallForwarding(), { forwardTo: found.forwardTo }) : null;
};

@Resolver(() => TelephoneNumber)
export class TelephoneNumberCallForwardingResolver {
  @FieldResolver(() => CallForwarding, {
    nullable: true,
    description:
      'Where calls to the number are forwarded; null when they are not (the account list is read once per request).\n\nCarrier: /tnForwardList.',
  })
  async callForwarding(@Root() number: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<CallForwarding | null> {
    return forwardingOf(await ctx.loaders.callForwarding.tnForwards.load(ALL), number.tn);
  }
}

@Resolver(() => TollFreeNumber)
export class TollFreeNumberCallForwardingResolver {
  @FieldResolver(() => CallForwarding, {
    nullable: true,
    description:
      'Where calls to the number are forwarded; null when they are not (the account list is read once per request).\n\nCarrier: /tfForwardList.',
  })
  async callForwarding(@Root() number: TollFreeNumber, @Ctx() ctx: GatewayContext): Promise<CallForwarding | null> {
    return forwardingOf(await ctx.loaders.callForwarding.tfForwards.load(ALL), number.tn);
  }
}
