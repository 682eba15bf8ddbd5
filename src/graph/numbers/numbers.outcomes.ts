/**
 * From the carrier's answer to a number mutation to its payload: which
 * numbers were applied, which were excluded (as data and as userErrors on the
 * input field they concern), whether an order was created, and whether the
 * carrier has yet to validate the numbers.
 */
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import type { BatchOutcome } from '../../upstream/shared/batch-outcome.js';
import type { ExcludedNumber } from '../../upstream/shared/exclusions.js';
import type { OrderSubmission } from '../../upstream/shared/submission.js';
import type { Tn } from '../../upstream/shared/tn.js';
import type { GatewayContext } from '../common/context.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { Path } from '../common/validation.js';
import { toExcludedNumber, toOrder } from '../orders/orders.mapper.js';
import { SYNCHRONOUS_VALIDATION_MAX } from './numbers.limits.js';
import { toTelephoneNumber } from './numbers.mapper.js';
import type { BatchOutcomePayload, NumberUpdatePayload, OrderSubmissionPayload } from './numbers.payload.js';
import type { TelephoneNumber } from './telephone-number.type.js';
import { markOnOpenOrder } from './open-order-mark.js';
import { withCode } from './excluded-code.resolver.js';

/** Where an exclusion of the requested number at `index` points in the input. */
export interface ExclusionPaths {
  tn(index: number): Path;
  /** That number's trunk group field, if the request gave it one. */
  trunkGroupName?(index: number): Path | undefined;
}

/** The carrier's reasons about the trunk group ("Invalid trunk group name NOPE_1") concern that field, not the number. */
const TRUNK_GROUP_REASON = /trunk\s*group/i;

function exclusionPath(paths: ExclusionPaths, index: number, reason: string | undefined): Path {
  if (index < 0) return ['input'];
  const trunkGroupPath = reason && TRUNK_GROUP_REASON.test(reason) ? paths.trunkGroupName?.(index) : undefined;
  return trunkGroupPath ?? paths.tn(index);
}

/** Each excluded TN also becomes an EXCLUDED userError on the input field it concerns, so forms can highlight it. */
export function exclusionErrors(requested: readonly Tn[], excluded: readonly ExcludedNumber[], paths: ExclusionPaths): UserError[] {
  return excluded.map((e) =>
    UserError.of(
      exclusionPath(paths, requested.indexOf(e.tn), e.reason),
      UserErrorCode.EXCLUDED,
      `${e.tn} was excluded by the carrier${e.reason ? `: ${e.reason}` : '.'}`,
    ),
  );
}

function notExcluded(requested: readonly Tn[], excluded: readonly { tn: Tn }[]): Tn[] {
  const out = new Set(excluded.map((e) => e.tn));
  return requested.filter((tn) => !out.has(tn));
}

/** The numbers, re-read through the request's loader only when the payload's `numbers` is selected. */
export function lazyNumbers(ctx: GatewayContext, tns: readonly Tn[]): () => Promise<TelephoneNumber[]> {
  return async () => {
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(tns);
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    return records.filter((r): r is TelephoneNumberRecord => r !== null && !(r instanceof Error)).map(toTelephoneNumber);
  };
}

/** /tnOrder, /tnUpdate, /tnFeatureOrder, /tnDisconnect. */
export async function completeSubmission<P extends OrderSubmissionPayload>(
  ctx: GatewayContext,
  payload: P,
  submission: OrderSubmission,
  requested: readonly Tn[],
  paths: ExclusionPaths,
): Promise<P> {
  const applied = notExcluded(requested, submission.excluded);
  const orderId = submission.orderId;
  if (orderId) {
    // Mark before dropping, so no concurrent read re-caches the pre-order state.
    await markOnOpenOrder(ctx, applied, orderId);
  }
  await ctx.invalidate('TelephoneNumber', requested);
  payload.orderId = orderId;
  // No order and no number left: nothing was done, synchronously or otherwise.
  payload.completedSynchronously = orderId === null && applied.length > 0;
  // Above the threshold the carrier answers before validating (Order Validation, guide L12966).
  payload.validationPending = orderId !== null && requested.length > SYNCHRONOUS_VALIDATION_MAX;
  payload.excludedNumbers = submission.excluded.map((e) => toExcludedNumber(e, orderId));
  payload.userErrors = exclusionErrors(requested, submission.excluded, paths);
  payload.loadNumbers = lazyNumbers(ctx, applied);
  payload.loadOrder = orderId
    ? async () => {
        const detail = await ctx.loaders.orders.orderDetail.load(orderId);
        return detail ? toOrder(detail) : null;
      }
    : undefined;
  return payload;
}

/** /portOutPinUpdate, /tnNoteUpdate: applied at once, per number. */
export async function completeNumberUpdate<P extends NumberUpdatePayload>(
  ctx: GatewayContext,
  payload: P,
  excluded: readonly ExcludedNumber[],
  requested: readonly Tn[],
  paths: ExclusionPaths,
): Promise<P> {
  await ctx.invalidate('TelephoneNumber', requested);
  payload.excludedNumbers = excluded.map((e) => toExcludedNumber(e, null));
  payload.userErrors = exclusionErrors(requested, excluded, paths);
  payload.loadNumbers = lazyNumbers(ctx, notExcluded(requested, excluded));
  return payload;
}

/** Why the carrier skipped a number of a /tnReserve or /tnRelease (it gives no reason itself). */
export interface Skipped {
  tn: Tn;
  code: UserErrorCode;
  reason: string;
}

/** /tnReserve, /tnRelease: counts, the numbers done and the numbers skipped, each skipped one also a userError at its input. */
export function fillBatchOutcome<P extends BatchOutcomePayload>(
  payload: P,
  requested: readonly Tn[],
  outcome: BatchOutcome,
  skipped: readonly Skipped[],
  itemPath: (index: number) => Path,
): P {
  payload.requestedCount = outcome.requested;
  payload.succeededCount = outcome.succeeded;
  payload.excludedTns = outcome.excluded;
  payload.tns = notExcluded(
    requested,
    outcome.excluded.map((tn) => ({ tn })),
  );
  payload.excludedNumbers = skipped.map((s) => withCode(toExcludedNumber({ tn: s.tn, reason: s.reason }, null), s.code));
  payload.userErrors = skipped.map((s) => {
    const index = requested.indexOf(s.tn);
    return UserError.of(index < 0 ? ['input'] : itemPath(index), s.code, `${s.tn}: ${s.reason}`);
  });
  return payload;
}
