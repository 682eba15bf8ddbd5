/**
 * Number mutations. Each one: validate everything (→ userErrors, no
 * upstream call), call the matching CarrierApi method exactly once (writes
 * are never retried: a timeout may still have taken effect), invalidate the
 * cache entries of the numbers it touched, and return a payload whose linked
 * objects are re-read lazily.
 */
import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { OrderSubmission, TelephoneNumberRecord, Tn } from '../../upstream/model.js';
import type { GatewayContext } from '../common/context.js';
import { MapUpstreamErrors } from '../common/errors.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { toExcludedNumber, toOrder } from '../orders/orders.mapper.js';
import {
  DisconnectTelephoneNumbersInput,
  OrderTelephoneNumbersInput,
  TelephoneNumbersInput,
  UpdatePortOutPinInput,
  UpdateTelephoneNumberFeaturesInput,
  UpdateTelephoneNumberNoteInput,
  UpdateTelephoneNumberTrunkGroupInput,
} from './numbers.input.js';
import { endUserToModel, featuresToModel, toReservedNumber, toTelephoneNumber } from './numbers.mapper.js';
import {
  BatchOutcomePayload,
  DisconnectTelephoneNumbersPayload,
  NumbersPayload,
  OrderSubmissionPayload,
  OrderTelephoneNumbersPayload,
  ReleaseTelephoneNumbersPayload,
  ReserveTelephoneNumbersPayload,
  UpdatePortOutPinPayload,
  UpdateTelephoneNumberFeaturesPayload,
  UpdateTelephoneNumberNotePayload,
  UpdateTelephoneNumberTrunkGroupPayload,
} from './numbers.payload.js';
import { checkEndUser, checkFeatureChange, checkFeatures } from './numbers.validation.js';
import type { TelephoneNumber } from './telephone-number.type.js';

// ---------------------------------------------------------------------------
// Helpers

/** At least one item, no TN twice. */
function checkTnItems<T>(issues: Issues, path: Path, items: readonly T[] | null | undefined, tnOf: (item: T) => Tn, itemTnPath: (i: number) => Path): void {
  if (!issues.nonEmpty(path, items, 'telephone number')) return;
  issues.noDuplicates(path, items!, tnOf, itemTnPath, 'Telephone number');
}

function lazyNumbers(ctx: GatewayContext, tns: readonly Tn[]): () => Promise<TelephoneNumber[]> {
  return async () => {
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(tns);
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    return records.filter((r): r is TelephoneNumberRecord => r !== null && !(r instanceof Error)).map(toTelephoneNumber);
  };
}

function invalid<P extends { userErrors: UserError[] }>(payload: P, issues: Issues): P {
  payload.userErrors = issues.toUserErrors();
  return payload;
}

/** Fill an order-submission payload from the carrier's answer. */
async function completeSubmission<P extends OrderSubmissionPayload>(
  ctx: GatewayContext,
  payload: P,
  submission: OrderSubmission,
  requested: readonly Tn[],
  tnPath: (index: number) => Path,
): Promise<P> {
  const excluded = new Set(submission.excluded.map((e) => e.tn));
  if (submission.orderId) {
    // Mark before dropping, so no concurrent read re-caches the pre-order state.
    await ctx.invalidate.telephoneNumbersOnOpenOrder(requested.filter((tn) => !excluded.has(tn)), submission.orderId);
  }
  await ctx.invalidate.telephoneNumbers(requested);
  payload.orderId = submission.orderId;
  payload.completedSynchronously = submission.orderId === null;
  payload.excludedNumbers = submission.excluded.map((e) => toExcludedNumber(e, submission.orderId));
  payload.userErrors = exclusionErrors(requested, submission.excluded, tnPath);
  payload.loadNumbers = lazyNumbers(ctx, requested.filter((tn) => !excluded.has(tn)));
  const orderId = submission.orderId;
  payload.loadOrder = orderId
    ? async () => {
        const detail = await ctx.loaders.orders.orderDetail.load(orderId);
        return detail ? toOrder(detail) : null;
      }
    : undefined;
  return payload;
}

/** Each excluded TN also becomes a userError on its input field, so forms can highlight it. */
function exclusionErrors(requested: readonly Tn[], excluded: readonly { tn: Tn; reason?: string }[], tnPath: (index: number) => Path): UserError[] {
  return excluded.map((e) => {
    const index = requested.indexOf(e.tn);
    const path: Path = index >= 0 ? tnPath(index) : ['input'];
    return UserError.of(path, UserErrorCode.EXCLUDED, `${e.tn} was excluded by the carrier${e.reason ? `: ${e.reason}` : '.'}`);
  });
}

function fillBatchOutcome<P extends BatchOutcomePayload>(
  payload: P,
  requested: readonly Tn[],
  outcome: { requested: number; succeeded: number; excluded: Tn[] },
): P {
  const excluded = new Set(outcome.excluded);
  payload.requestedCount = outcome.requested;
  payload.succeededCount = outcome.succeeded;
  payload.excludedTns = outcome.excluded;
  payload.tns = requested.filter((tn) => !excluded.has(tn));
  payload.userErrors = exclusionErrors(requested, outcome.excluded.map((tn) => ({ tn })), (i) => ['input', 'tns', i]);
  return payload;
}

// ---------------------------------------------------------------------------

@Resolver()
@UseMiddleware(MapUpstreamErrors)
export class NumbersMutationResolver {
  @Mutation(() => ReserveTelephoneNumbersPayload, { description: 'Reserve available numbers for up to four hours (/tnReserve).' })
  async reserveTelephoneNumbers(
    @Arg('input', () => TelephoneNumbersInput) input: TelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReserveTelephoneNumbersPayload> {
    const issues = new Issues();
    checkTnItems(issues, ['input', 'tns'], input.tns, (tn) => tn, (i) => ['input', 'tns', i]);
    if (!issues.ok) return invalid(new ReserveTelephoneNumbersPayload(), issues);

    const outcome = await ctx.api.numbers.reserve(input.tns);
    const payload = fillBatchOutcome(new ReserveTelephoneNumbersPayload(), input.tns, outcome);
    const reservedNow = new Set(payload.tns);
    payload.loadReserved = async () => (await ctx.api.numbers.listReserved()).filter((r) => reservedNow.has(r.tn)).map(toReservedNumber);
    return payload;
  }

  @Mutation(() => ReleaseTelephoneNumbersPayload, { description: 'Release reserved numbers back to inventory (/tnRelease).' })
  async releaseTelephoneNumbers(
    @Arg('input', () => TelephoneNumbersInput) input: TelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReleaseTelephoneNumbersPayload> {
    const issues = new Issues();
    checkTnItems(issues, ['input', 'tns'], input.tns, (tn) => tn, (i) => ['input', 'tns', i]);
    if (!issues.ok) return invalid(new ReleaseTelephoneNumbersPayload(), issues);

    const outcome = await ctx.api.numbers.release(input.tns);
    return fillBatchOutcome(new ReleaseTelephoneNumbersPayload(), input.tns, outcome);
  }

  @Mutation(() => OrderTelephoneNumbersPayload, {
    description:
      'Order numbers from inventory with per-number trunk group, port-out PIN, note, end user and features (/tnOrder). ' +
      'Small orders without features complete at once (no order is created).',
  })
  async orderTelephoneNumbers(
    @Arg('input', () => OrderTelephoneNumbersInput) input: OrderTelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderTelephoneNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const tnPath = (i: number): Path => ['input', 'numbers', i, 'tn'];
    checkTnItems(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, tnPath);
    (input.numbers ?? []).forEach((n, i) => {
      const at: Path = ['input', 'numbers', i];
      issues.maxLength([...at, 'trunkGroup'], n.trunkGroup, 100, { nonBlank: true });
      issues.maxLength([...at, 'portOutPin'], n.portOutPin, 100, { nonBlank: true });
      issues.maxLength([...at, 'note'], n.note, 1000, { nonBlank: true });
      checkEndUser(issues, [...at, 'endUser'], n.endUser);
      checkFeatures(issues, [...at, 'features'], n.features, true);
    });
    if (!issues.ok) return invalid(new OrderTelephoneNumbersPayload(), issues);

    const submission = await ctx.api.numbers.order({
      ...(input.customerOrderReference ? { customerOrderReference: input.customerOrderReference } : {}),
      items: input.numbers.map((n) => ({
        tn: n.tn,
        ...(n.trunkGroup ? { trunkGroup: n.trunkGroup } : {}),
        ...(n.portOutPin ? { portOutPin: n.portOutPin } : {}),
        ...(n.note ? { tnNote: n.note } : {}),
        ...(n.endUser ? { endUser: endUserToModel(n.endUser) } : {}),
        ...(n.features ? { features: featuresToModel(n.features) } : {}),
      })),
    });
    return completeSubmission(ctx, new OrderTelephoneNumbersPayload(), submission, input.numbers.map((n) => n.tn), tnPath);
  }

  @Mutation(() => UpdateTelephoneNumberTrunkGroupPayload, { description: 'Move In Service numbers to other trunk groups (/tnUpdate).' })
  async updateTelephoneNumberTrunkGroup(
    @Arg('input', () => UpdateTelephoneNumberTrunkGroupInput) input: UpdateTelephoneNumberTrunkGroupInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberTrunkGroupPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const tnPath = (i: number): Path => ['input', 'numbers', i, 'tn'];
    checkTnItems(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, tnPath);
    (input.numbers ?? []).forEach((n, i) => issues.required(['input', 'numbers', i, 'trunkGroup'], n.trunkGroup, 'trunkGroup'));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberTrunkGroupPayload(), issues);

    const submission = await ctx.api.numbers.updateTrunkGroup(
      input.numbers.map((n) => ({ tn: n.tn, trunkGroup: n.trunkGroup })),
      input.customerOrderReference ?? undefined,
    );
    return completeSubmission(ctx, new UpdateTelephoneNumberTrunkGroupPayload(), submission, input.numbers.map((n) => n.tn), tnPath);
  }

  @Mutation(() => UpdateTelephoneNumberFeaturesPayload, {
    description: 'Add, update or remove caller ID, directory listing, E911 and messaging on In Service numbers (/tnFeatureOrder).',
  })
  async updateTelephoneNumberFeatures(
    @Arg('input', () => UpdateTelephoneNumberFeaturesInput) input: UpdateTelephoneNumberFeaturesInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberFeaturesPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const tnPath = (i: number): Path => ['input', 'numbers', i, 'tn'];
    checkTnItems(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, tnPath);
    (input.numbers ?? []).forEach((n, i) => checkFeatureChange(issues, ['input', 'numbers', i], n));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberFeaturesPayload(), issues);

    const submission = await ctx.api.numbers.orderFeatures(
      input.numbers.map((n) => {
        const remove = n.remove
          ? Object.fromEntries(Object.entries({ ...n.remove }).filter(([, v]) => v === true))
          : undefined;
        return {
          tn: n.tn,
          ...(n.endUser ? { endUser: endUserToModel(n.endUser) } : {}),
          features: featuresToModel(n.features) ?? {},
          ...(remove && Object.keys(remove).length > 0 ? { remove } : {}),
        };
      }),
      input.customerOrderReference ?? undefined,
    );
    return completeSubmission(ctx, new UpdateTelephoneNumberFeaturesPayload(), submission, input.numbers.map((n) => n.tn), tnPath);
  }

  @Mutation(() => UpdatePortOutPinPayload, { description: 'Set port-out protection PINs on In Service numbers (/portOutPinUpdate).' })
  async updatePortOutPin(
    @Arg('input', () => UpdatePortOutPinInput) input: UpdatePortOutPinInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdatePortOutPinPayload> {
    const issues = new Issues();
    checkTnItems(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, (i) => ['input', 'numbers', i, 'tn']);
    (input.numbers ?? []).forEach((n, i) => issues.required(['input', 'numbers', i, 'portOutPin'], n.portOutPin, 'portOutPin'));
    if (!issues.ok) return invalid(new UpdatePortOutPinPayload(), issues);

    await ctx.api.numbers.updatePortOutPin(input.numbers.map((n) => ({ tn: n.tn, portOutPin: n.portOutPin })));
    return this.numbersPayload(ctx, new UpdatePortOutPinPayload(), input.numbers.map((n) => n.tn));
  }

  @Mutation(() => UpdateTelephoneNumberNotePayload, { description: 'Set notes on In Service numbers (/tnNoteUpdate).' })
  async updateTelephoneNumberNote(
    @Arg('input', () => UpdateTelephoneNumberNoteInput) input: UpdateTelephoneNumberNoteInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberNotePayload> {
    const issues = new Issues();
    checkTnItems(issues, ['input', 'numbers'], input.numbers, (n) => n.tn, (i) => ['input', 'numbers', i, 'tn']);
    (input.numbers ?? []).forEach((n, i) => issues.required(['input', 'numbers', i, 'note'], n.note, 'note'));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberNotePayload(), issues);

    await ctx.api.numbers.updateNote(input.numbers.map((n) => ({ tn: n.tn, tnNote: n.note })));
    return this.numbersPayload(ctx, new UpdateTelephoneNumberNotePayload(), input.numbers.map((n) => n.tn));
  }

  @Mutation(() => DisconnectTelephoneNumbersPayload, { description: 'Disconnect In Service numbers (/tnDisconnect).' })
  async disconnectTelephoneNumbers(
    @Arg('input', () => DisconnectTelephoneNumbersInput) input: DisconnectTelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<DisconnectTelephoneNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const tnPath = (i: number): Path => ['input', 'tns', i];
    checkTnItems(issues, ['input', 'tns'], input.tns, (tn) => tn, tnPath);
    if (!issues.ok) return invalid(new DisconnectTelephoneNumbersPayload(), issues);

    const submission = await ctx.api.numbers.disconnect(input.tns, input.customerOrderReference ?? undefined);
    return completeSubmission(ctx, new DisconnectTelephoneNumbersPayload(), submission, input.tns, tnPath);
  }

  private async numbersPayload<P extends NumbersPayload>(ctx: GatewayContext, payload: P, tns: Tn[]): Promise<P> {
    await ctx.invalidate.telephoneNumbers(tns);
    payload.loadNumbers = lazyNumbers(ctx, tns);
    return payload;
  }
}
