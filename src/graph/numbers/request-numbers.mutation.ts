/**
 * requestTelephoneNumbers (/tnRequest): ask the carrier for new numbers by
 * quantity and place. The input is checked first (nothing is sent
 * otherwise), the request is sent once (a write is never retried), and the
 * order it created is read only when the payload's `order` is selected.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { toOrder } from '../orders/orders.mapper.js';
import { checkRequestTelephoneNumbers, RequestTelephoneNumbersInput } from './request-numbers.input.js';
import { RequestTelephoneNumbersPayload } from './request-numbers.payload.js';

/** The carrier names the trunk group in its refusal ("Invalid trunk group name X"): that is the field to fix. */
const TRUNK_GROUP_REASON = /trunk\s*group/i;

/** A carrier refusal → a userError at the field it concerns; anything else is not the caller's to fix. */
function refusal(error: unknown, input: RequestTelephoneNumbersInput): UserError {
  assertCarrierRefusal(error);
  const path = input.trunkGroupName && TRUNK_GROUP_REASON.test(error.message) ? ['input', 'trunkGroupName'] : ['input'];
  return UserError.of(path, UserErrorCode.REJECTED, `The carrier refused the request: ${error.message}`);
}

@Resolver()
export class RequestNumbersMutationResolver {
  @Mutation(() => RequestTelephoneNumbersPayload, {
    nullable: true,
    description: describe(
      'Ask the carrier for new numbers: how many, and optionally where (area code and exchange, rate center, LATA, state). ' +
        'The carrier answers with an order; with activate the numbers become yours, In Service on trunkGroupName once the order ' +
        'closes; without it they are added to inventory (see availableTelephoneNumbers).',
      '/tnRequest',
    ),
  })
  async requestTelephoneNumbers(
    @Arg('input', () => RequestTelephoneNumbersInput, { description: 'How many numbers, where, and whether to activate them.' })
    input: RequestTelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RequestTelephoneNumbersPayload> {
    const payload = new RequestTelephoneNumbersPayload();
    const issues = new Issues();
    checkRequestTelephoneNumbers(issues, ['input'], input);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }

    let orderId: string | null;
    try {
      ({ orderId } = await ctx.api.numbers.tnRequest({
        quantity: input.quantity,
        npa: input.areaCode ?? undefined,
        nxx: input.exchange ?? undefined,
        rateCenter: input.rateCenter ?? undefined,
        state: input.state ?? undefined,
        lata: input.lata ?? undefined,
        trunkGroup: input.trunkGroupName ?? undefined,
        activate: input.activate ?? undefined,
        customerOrderReference: input.customerOrderReference ?? undefined,
      }));
    } catch (error) {
      payload.userErrors = [refusal(error, input)];
      return payload;
    }
    payload.orderId = orderId;
    if (orderId) {
      payload.loadOrder = async () => {
        const detail = await ctx.loaders.orders.orderDetail.load(orderId);
        return detail ? toOrder(detail) : null;
      };
    }
    return payload;
  }
}
