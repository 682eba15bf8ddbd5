/**
 * Toll-free mutations: validate everything first (→ userErrors, no carrier call), call the
 * operation once (writes are never retried), invalidate the numbers, and return a payload whose
 * numbers and order are re-read lazily.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { OrderSubmission } from '../../upstream/shared/submission.js';
import type { TollFreeE911, TollFreeFeatures } from '../../upstream/toll-free/tf-wire.js';
import type { GatewayContext } from '../common/context.js';
import { checkLimits } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { exclusionErrors } from '../numbers/numbers.outcomes.js';
import { toExcludedNumber, toOrder } from '../orders/orders.mapper.js';
import { PRODUCT_CODES, TollFreeProduct } from './toll-free.enums.js';
import {
  DisconnectTollFreeNumbersInput,
  OrderTollFreeNumbersInput,
  TollFreeE911Input,
  TollFreeFeaturesInput,
  TollFreeOrderLineInput,
  TollFreeRoutingInput,
  UpdateTollFreeNumberFeaturesInput,
  UpdateTollFreeNumberRoutingInput,
} from './toll-free.input.js';
import { CIC } from './toll-free.limits.js';
import {
  DisconnectTollFreeNumbersPayload,
  OrderTollFreeNumbersPayload,
  TollFreeSubmissionPayload,
  UpdateTollFreeNumberFeaturesPayload,
  UpdateTollFreeNumberRoutingPayload,
} from './toll-free.payload.js';
import { loadTollFreeNumbers } from './toll-free-number.resolver.js';
import { checkFeatureChange, checkFeatures, checkTollFreeList } from './toll-free.validation.js';

const e911Model = (e: TollFreeE911Input): TollFreeE911 => ({
  name: e.name,
  streetNumber: e.streetNumber,
  streetInfo: e.street,
  ...(e.location ? { location: e.location } : {}),
  city: e.city,
  state: e.state,
  postalCode: e.postalCode,
  ...(e.postalCodePlusFour ? { postalCodePlusFour: e.postalCodePlusFour } : {}),
});

function featuresModel(f: Pick<TollFreeFeaturesInput, 'callerId' | 'messaging' | 'e911'>): TollFreeFeatures {
  const out: TollFreeFeatures = {};
  if (f.callerId) {
    out.callerId = {
      ...(f.callerId.callingName ? { callingName: f.callerId.callingName } : {}),
      ...(f.callerId.cnamDip != null ? { cnamDip: f.callerId.cnamDip } : {}),
    };
  }
  if (f.messaging) {
    out.messaging = {
      messageClass: f.messaging.messageClass,
      messageType: f.messaging.messageType,
      ...(f.messaging.netNumberId ? { netNumberId: f.messaging.netNumberId } : {}),
    };
  }
  if (f.e911) out.e911 = e911Model(f.e911);
  return out;
}

function refused<P extends TollFreeSubmissionPayload>(payload: P, issues: Issues): P {
  payload.userErrors = issues.toUserErrors();
  return payload;
}

async function complete<P extends TollFreeSubmissionPayload>(
  ctx: GatewayContext,
  payload: P,
  submission: OrderSubmission,
  requested: readonly string[],
  tnPath: (i: number) => Path,
): Promise<P> {
  await ctx.invalidate('TollFreeNumber', requested);
  const refusedTns = new Set(submission.excluded.map((e) => e.tn));
  const applied = requested.filter((tn) => !refusedTns.has(tn));
  payload.orderId = submission.orderId;
  payload.excludedNumbers = submission.excluded.map((e) => toExcludedNumber(e, submission.orderId));
  payload.userErrors = exclusionErrors(requested, submission.excluded, { tn: tnPath });
  payload.loadNumbers = () => loadTollFreeNumbers(ctx, applied);
  const orderId = submission.orderId;
  if (orderId) {
    payload.loadOrder = async () => {
      const detail = await ctx.loaders.orders.orderDetail.load(orderId);
      return detail ? toOrder(detail) : null;
    };
  }
  return payload;
}

const numbersPath = (i: number): Path => ['input', 'numbers', i, 'tn'];

@Resolver()
export class TollFreeMutationResolver {
  @Mutation(() => OrderTollFreeNumbersPayload, {
    nullable: true,
    description:
      'Bring toll-free numbers to the account on a routing label: load your own onto the carrier, port them in, or order them from inventory (active at once).\n\nCarrier: /tfOrder.',
  })
  async orderTollFreeNumbers(
    @Arg('input', () => OrderTollFreeNumbersInput, { description: 'The product, the numbers with their options, your reference.' })
    input: OrderTollFreeNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderTollFreeNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    checkTollFreeList(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, numbersPath);
    if (input.product === TollFreeProduct.PORT_IN && input.letterOfAuthorization !== true) {
      issues.add(['input', 'letterOfAuthorization'], UserErrorCode.REQUIRED, 'A port-in needs letterOfAuthorization: true.');
    }
    (input.numbers ?? []).forEach((n, i) => {
      const at: Path = ['input', 'numbers', i];
      checkLimits(issues, at, n, TollFreeOrderLineInput);
      if (input.product === TollFreeProduct.LOAD_ON_OUR_CIC) issues.required([...at, 'respOrgId'], n.respOrgId, 'respOrgId');
      (n.cics ?? []).forEach((c, j) => issues.pattern([...at, 'cics', j], c, CIC, `${c} is not a CIC: four digits, e.g. 0913.`));
      checkFeatures(issues, [...at, 'features'], n.features);
    });
    if (!issues.ok) return refused(new OrderTollFreeNumbersPayload(), issues);
    const submission = await ctx.api.tollFree.tfOrder({
      product: PRODUCT_CODES[input.product],
      customerOrderReference: input.customerOrderReference ?? undefined,
      ...(input.letterOfAuthorization ? { loa: true } : {}),
      items: input.numbers.map((n) => ({
        tn: n.tn,
        routingLabel: n.routingLabel,
        ...(n.respOrgId ? { respOrgId: n.respOrgId } : {}),
        ...(n.cics?.length ? { cics: n.cics } : {}),
        ...(n.note ? { note: n.note } : {}),
        ...(n.features ? { features: featuresModel(n.features) } : {}),
      })),
    });
    return complete(
      ctx,
      new OrderTollFreeNumbersPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      numbersPath,
    );
  }

  @Mutation(() => UpdateTollFreeNumberRoutingPayload, {
    nullable: true,
    description: 'Move In Service toll-free numbers to another routing label, applied as the order routes them.\n\nCarrier: /tfUpdate.',
  })
  async updateTollFreeNumberRouting(
    @Arg('input', () => UpdateTollFreeNumberRoutingInput, { description: 'The numbers and their new routing labels.' })
    input: UpdateTollFreeNumberRoutingInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTollFreeNumberRoutingPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    checkTollFreeList(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, numbersPath);
    (input.numbers ?? []).forEach((n, i) => checkLimits(issues, ['input', 'numbers', i], n, TollFreeRoutingInput));
    if (!issues.ok) return refused(new UpdateTollFreeNumberRoutingPayload(), issues);
    const submission = await ctx.api.tollFree.tfUpdate({
      items: input.numbers.map((n) => ({ tn: n.tn, routingLabel: n.routingLabel })),
      customerOrderReference: input.customerOrderReference ?? undefined,
    });
    return complete(
      ctx,
      new UpdateTollFreeNumberRoutingPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      numbersPath,
    );
  }

  @Mutation(() => UpdateTollFreeNumberFeaturesPayload, {
    nullable: true,
    description:
      'Add, change or remove caller ID, messaging and E911 on toll-free numbers, applied when the order closes.\n\nCarrier: /tfFeatureOrder.',
  })
  async updateTollFreeNumberFeatures(
    @Arg('input', () => UpdateTollFreeNumberFeaturesInput, { description: 'The numbers and their feature changes.' })
    input: UpdateTollFreeNumberFeaturesInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTollFreeNumberFeaturesPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    checkTollFreeList(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, numbersPath);
    (input.numbers ?? []).forEach((n, i) => checkFeatureChange(issues, ['input', 'numbers', i], n));
    if (!issues.ok) return refused(new UpdateTollFreeNumberFeaturesPayload(), issues);
    const submission = await ctx.api.tollFree.tfFeatureOrder({
      customerOrderReference: input.customerOrderReference ?? undefined,
      items: input.numbers.map((n) => ({
        tn: n.tn,
        set: featuresModel(n),
        remove: { callerId: n.removeCallerId === true, messaging: n.removeMessaging === true, e911: n.removeE911 === true },
      })),
    });
    return complete(
      ctx,
      new UpdateTollFreeNumberFeaturesPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      numbersPath,
    );
  }

  @Mutation(() => DisconnectTollFreeNumbersPayload, {
    nullable: true,
    description: 'Disconnect In Service toll-free numbers: Pending Disconnect now, gone when the order closes.\n\nCarrier: /tfDisconnect.',
  })
  async disconnectTollFreeNumbers(
    @Arg('input', () => DisconnectTollFreeNumbersInput, { description: 'The numbers to disconnect.' })
    input: DisconnectTollFreeNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<DisconnectTollFreeNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const tnsPath = (i: number): Path => ['input', 'numbers', i];
    checkTollFreeList(issues, ['input', 'numbers'], input.numbers, (tn) => tn, tnsPath);
    if (!issues.ok) return refused(new DisconnectTollFreeNumbersPayload(), issues);
    const submission = await ctx.api.tollFree.tfDisconnect({
      tns: input.numbers,
      customerOrderReference: input.customerOrderReference ?? undefined,
    });
    return complete(ctx, new DisconnectTollFreeNumbersPayload(), submission, input.numbers, tnsPath);
  }
}
