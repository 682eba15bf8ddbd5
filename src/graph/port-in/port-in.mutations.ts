/**
 * orderPortIn, activatePortIn and cancelPortIn. Input is checked before any call; a refusal the
 * caller can act on becomes userErrors; writes are never retried (the transport retries reads only).
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UpstreamError } from '../../upstream/core/errors.js';
import type { PortInOrderRequest } from '../../upstream/port-in/port-in-order.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { endUserToModel, featuresToModel } from '../numbers/numbers.mapper.js';
import { toPortInOrder } from './port-in.mapper.js';
import { ActivatePortInInput, CancelPortInInput, OrderPortInInput } from './port-in.input.js';
import { ActivatePortInPayload, CancelPortInPayload, OrderPortInPayload, PortInGroupActivation } from './port-in.payload.js';
import { checkOnDemandLimit, checkOrderPortIn, ON_DEMAND_PER_CARRIER } from './port-in.validation.js';
import type { PortInOrder } from './port-in-order.type.js';

const INPUT = ['input'];
const ORDER_ID = ['input', 'orderId'];

/** A carrier refusal → userErrors; anything else is not the caller's to fix and is rethrown. */
function refusal(error: unknown): UserError[] {
  if (!(error instanceof UpstreamError)) throw error;
  if (error.kind === 'NOT_FOUND' || (error.kind === 'REJECTED' && error.statusCode === '410')) {
    return [UserError.of(ORDER_ID, UserErrorCode.NOT_FOUND, `No such port-in order. The carrier said: ${error.message}`)];
  }
  if (error.kind === 'REJECTED') return [UserError.of(INPUT, UserErrorCode.REJECTED, `The carrier refused the request: ${error.message}`)];
  throw error;
}

/** Read fresh after a write: the order's counts changed. */
export async function readOrder(ctx: GatewayContext, orderId: string): Promise<PortInOrder | null> {
  ctx.loaders.portIn.portInOrderPage.clearAll();
  ctx.loaders.portIn.portInOrderById.clearAll();
  const page = await ctx.api.portIn.portInOrderList({ orderId, page: { page: 1, size: 1 } });
  const found = page.items.find((o) => o.orderId === orderId);
  return found ? toPortInOrder(found) : null;
}

function toRequest(input: OrderPortInInput): PortInOrderRequest {
  const r: PortInOrderRequest = {
    desiredDueDate: input.desiredDueDate,
    lines: input.numbers.map((n) => ({
      tn: n.tn,
      accountNum: n.accountNumber,
      atn: n.accountTelephoneNumber,
      authName: n.authName,
      authDate: n.authDate,
      endUser: endUserToModel(n.endUser) ?? {},
      ...(n.trunkGroupName ? { trunkGroup: n.trunkGroupName } : {}),
      ...(n.portOutPin ? { portOutPin: n.portOutPin } : {}),
      ...(n.note ? { note: n.note } : {}),
      ...(n.accountPin ? { accountPin: n.accountPin } : {}),
      ...(n.features ? { features: featuresToModel(n.features) ?? {} } : {}),
    })),
  };
  if (input.customerOrderReference) r.customerOrderReference = input.customerOrderReference;
  if (input.resellerName) r.resellerName = input.resellerName;
  if (input.desiredPortTime) r.desiredPortTime = input.desiredPortTime;
  if (input.desiredPortTimeZone) r.desiredPortTimeZone = input.desiredPortTimeZone;
  if (input.onDemandActivation != null) r.onDemandActivation = input.onDemandActivation;
  if (input.onNetOnly != null) r.onNetOnly = input.onNetOnly;
  return r;
}

@Resolver()
export class PortInMutationResolver {
  @Mutation(() => OrderPortInPayload, {
    nullable: true,
    description:
      'Order numbers ported in from other carriers, each with its account data, end user and features. The carrier answers an ' +
      'order id at once and checks the numbers in the background.\n\nCarrier: /portInOrder, /portInOrderList.',
  })
  async orderPortIn(
    @Arg('input', () => OrderPortInInput, { description: 'The port-in order.' }) input: OrderPortInInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderPortInPayload> {
    const payload = new OrderPortInPayload();
    const issues = checkOrderPortIn(input);
    // The per-carrier limit needs each number's losing carrier: asked only when it can be exceeded.
    if (issues.ok && input.onDemandActivation && input.numbers.length > ON_DEMAND_PER_CARRIER) {
      const answers = await ctx.loaders.portIn.portability.loadMany(input.numbers.map((n) => n.tn));
      const carriers = new Map(
        answers.flatMap((a) => (a && !(a instanceof Error) && a.serviceProviderName ? [[a.tn, a.serviceProviderName] as const] : [])),
      );
      checkOnDemandLimit(issues, input, (tn) => carriers.get(tn));
    }
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      const { orderId } = await ctx.api.portIn.portInOrder(toRequest(input));
      payload.orderId = orderId;
      if (orderId) payload.loadOrder = () => readOrder(ctx, orderId);
    } catch (error) {
      payload.userErrors = refusal(error);
    }
    ctx.loaders.portIn.pendingNumbers.clearAll();
    return payload;
  }

  @Mutation(() => ActivatePortInPayload, {
    nullable: true,
    description:
      'Start the port of groups of an on-demand port-in whose port date has come (see PortInOrder.activationGroups). ' +
      'Each group gets its own result.\n\nCarrier: /portInOrderActivate, /portInOrderList.',
  })
  async activatePortIn(
    @Arg('input', () => ActivatePortInInput, { description: 'The order and its groups.' }) input: ActivatePortInInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ActivatePortInPayload> {
    const payload = new ActivatePortInPayload();
    const issues = new Issues();
    issues.pattern(ORDER_ID, input.orderId, /^\d{1,15}$/, 'orderId is the numeric order id.');
    if (issues.nonEmpty(['input', 'groups'], input.groups, 'group')) {
      input.groups.forEach((g, i) => issues.required(['input', 'groups', String(i)], g, 'A group name'));
      issues.noDuplicates(
        input.groups,
        (g) => g,
        (i) => ['input', 'groups', String(i)],
        'Group',
      );
    }
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      const results = await ctx.api.portIn.portInOrderActivate({ order: { orderId: input.orderId }, tnGroups: input.groups });
      payload.results = results.map((r) =>
        Object.assign(new PortInGroupActivation(), { group: r.tnGroup, activated: r.activated, message: r.message ?? null }),
      );
      for (const r of results) {
        if (r.activated) continue;
        const index = input.groups.findIndex((g) => g.trim() === r.tnGroup.trim());
        const path = index >= 0 ? ['input', 'groups', String(index)] : ['input', 'groups'];
        payload.userErrors.push(
          UserError.of(path, UserErrorCode.WRONG_STATUS, `${r.tnGroup} was not activated: ${r.message ?? 'no reason given'}.`),
        );
      }
      payload.loadOrder = () => readOrder(ctx, input.orderId);
    } catch (error) {
      payload.userErrors = refusal(error);
    }
    ctx.loaders.portIn.activationGroups.clear(input.orderId);
    ctx.loaders.portIn.pendingNumbers.clearAll();
    await ctx.invalidate('Order', [input.orderId]);
    return payload;
  }

  @Mutation(() => CancelPortInPayload, {
    nullable: true,
    description:
      'Cancel a pending port-in order: it moves to PENDING_CANCEL until the carrier has reviewed it.\n\nCarrier: /orderCancel, /portInOrderList.',
  })
  async cancelPortIn(
    @Arg('input', () => CancelPortInInput, { description: 'The order.' }) input: CancelPortInInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CancelPortInPayload> {
    const payload = new CancelPortInPayload();
    const issues = new Issues();
    issues.pattern(ORDER_ID, input.orderId, /^\d{1,15}$/, 'orderId is the numeric order id.');
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      await ctx.api.orders.orderCancel({ orderId: input.orderId });
      payload.loadOrder = () => readOrder(ctx, input.orderId);
    } catch (error) {
      payload.userErrors = refusal(error);
    }
    ctx.loaders.portIn.pendingNumbers.clearAll();
    await ctx.invalidate('Order', [input.orderId]);
    return payload;
  }
}
