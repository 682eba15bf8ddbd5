/**
 * Number mutations. Each one: validate everything (→ userErrors, no
 * upstream call), call the matching CarrierApi method exactly once (writes
 * are never retried: a timeout may still have taken effect), invalidate the
 * cache entries of the numbers it touched, and return a payload whose linked
 * objects are re-read lazily.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import type { GatewayContext } from '../common/context.js';
import { UpstreamError } from '../../upstream/core/errors.js';
import { describe } from '../common/description.js';
import { UserErrorCode, type UserError } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import {
  DisconnectTelephoneNumbersInput,
  NumberFeatureChangeInput,
  OrderTelephoneNumbersInput,
  TelephoneNumbersInput,
  UpdatePortOutPinInput,
  UpdateTelephoneNumberFeaturesInput,
  UpdateTelephoneNumberNoteInput,
  UpdateTelephoneNumberTrunkGroupInput,
} from './numbers.input.js';
import { checkLimit } from '../common/limits.js';
import { MAX_NUMBERS, PORT_OUT_PIN } from './numbers.limits.js';
import { endUserToModel, featuresToModel, toReservedNumber } from './numbers.mapper.js';
import { completeNumberUpdate, completeSubmission, fillBatchOutcome, type ExclusionPaths } from './numbers.outcomes.js';
import {
  DisconnectTelephoneNumbersPayload,
  OrderTelephoneNumbersPayload,
  ReleaseTelephoneNumbersPayload,
  ReserveTelephoneNumbersPayload,
  UpdatePortOutPinPayload,
  UpdateTelephoneNumberFeaturesPayload,
  UpdateTelephoneNumberNotePayload,
  UpdateTelephoneNumberTrunkGroupPayload,
} from './numbers.payload.js';
import {
  checkEndUser,
  checkFeatureChange,
  checkFeatures,
  checkNewFeatureGroups,
  checkNumberList,
  checkTnNote,
  checkTrunkGroupName,
  isPartialFeatureGroup,
} from './numbers.validation.js';

// ---------------------------------------------------------------------------
// Helpers

function invalid<P extends { userErrors: UserError[] }>(payload: P, issues: Issues): P {
  payload.userErrors = issues.toUserErrors();
  return payload;
}

/** Exclusion paths of a `numbers: [{ tn, … }]` input; `withTrunkGroup` tells which items gave a trunkGroupName. */
function numbersPaths(withTrunkGroup?: (index: number) => boolean): ExclusionPaths {
  const at = (i: number): Path => ['input', 'numbers', i];
  return {
    tn: (i) => [...at(i), 'tn'],
    trunkGroupName: (i) => (withTrunkGroup?.(i) ? [...at(i), 'trunkGroupName'] : undefined),
  };
}

/**
 * The list of a `{ numbers, tns }` input (`tns` is the deprecated name):
 * the one given, and the input field it came in, for error paths. Both
 * given is a CONFLICT; neither leaves an empty list at `numbers`.
 */
function numberList(issues: Issues, input: { numbers?: string[] | null; tns?: string[] | null }): { field: string; tns: string[] } {
  if (input.numbers && input.tns) {
    issues.add(['input', 'tns'], UserErrorCode.CONFLICT, 'Give the numbers once, in `numbers` (`tns` is its deprecated name).');
  }
  if (!input.numbers && input.tns) return { field: 'tns', tns: input.tns };
  return { field: 'numbers', tns: input.numbers ?? [] };
}

const RESERVATION_LIMIT_STATUS = '431';
const reasons = {
  alreadyReserved: 'your account already holds this number reserved; nothing changed for it.',
  notReservable: 'not available to reserve (not in inventory, or held by another account).',
  notReleasable: 'not reserved by your account, so there is nothing to release.',
};

// ---------------------------------------------------------------------------

@Resolver()
export class NumbersMutationResolver {
  @Mutation(() => ReserveTelephoneNumbersPayload, {
    nullable: true,
    description: describe(
      'Reserve available numbers for up to four hours, so nobody else can order them. Numbers you already hold come back as ' +
        'ALREADY_RESERVED userErrors; going over the most numbers your account may hold reserved is a LIMIT_REACHED userError and ' +
        'reserves none.',
      '/tnReserve',
      '/tnReservedList',
    ),
  })
  async reserveTelephoneNumbers(
    @Arg('input', () => TelephoneNumbersInput, { description: 'The available numbers to reserve.' }) input: TelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReserveTelephoneNumbersPayload> {
    const issues = new Issues();
    const { field, tns } = numberList(issues, input);
    checkNumberList(
      issues,
      ['input', field],
      tns,
      MAX_NUMBERS.reserve,
      (tn) => tn,
      (i) => ['input', field, i],
    );
    if (!issues.ok) return invalid(new ReserveTelephoneNumbersPayload(), issues);

    let outcome;
    try {
      outcome = await ctx.api.numbers.tnReserve({ tns });
    } catch (error) {
      if (!(error instanceof UpstreamError && error.kind === 'LIMIT_EXCEEDED' && error.statusCode === RESERVATION_LIMIT_STATUS))
        throw error;
      return invalid(
        new ReserveTelephoneNumbersPayload(),
        new Issues().add(
          ['input', field],
          UserErrorCode.LIMIT_REACHED,
          `Reserving these ${tns.length} numbers would go over the most numbers your account may hold reserved; nothing was reserved. ` +
            'Order or release reserved numbers first (see reservedTelephoneNumbers).',
        ),
      );
    }
    // One read of the reserved list serves both: which skipped numbers you already hold, and the payload's `numbers`.
    let reservedList: ReturnType<typeof ctx.api.numbers.tnReservedList> | undefined;
    const readReserved = () => (reservedList ??= ctx.api.numbers.tnReservedList());
    const held = outcome.excluded.length > 0 ? new Set((await readReserved()).map((r) => r.tn)) : new Set<string>();
    const skipped = outcome.excluded.map((tn) =>
      held.has(tn)
        ? { tn, code: UserErrorCode.ALREADY_RESERVED, reason: reasons.alreadyReserved }
        : { tn, code: UserErrorCode.EXCLUDED, reason: reasons.notReservable },
    );
    const payload = fillBatchOutcome(new ReserveTelephoneNumbersPayload(), tns, outcome, skipped, (i) => ['input', field, i]);
    const reservedNow = new Set(payload.tns);
    payload.loadReserved = async () => (await readReserved()).filter((r) => reservedNow.has(r.tn)).map(toReservedNumber);
    return payload;
  }

  @Mutation(() => ReleaseTelephoneNumbersPayload, {
    nullable: true,
    description: describe('Release reserved numbers back to inventory.', '/tnRelease'),
  })
  async releaseTelephoneNumbers(
    @Arg('input', () => TelephoneNumbersInput, { description: 'The reserved numbers to release.' }) input: TelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReleaseTelephoneNumbersPayload> {
    const issues = new Issues();
    const { field, tns } = numberList(issues, input);
    checkNumberList(
      issues,
      ['input', field],
      tns,
      MAX_NUMBERS.release,
      (tn) => tn,
      (i) => ['input', field, i],
    );
    if (!issues.ok) return invalid(new ReleaseTelephoneNumbersPayload(), issues);

    const outcome = await ctx.api.numbers.tnRelease({ tns });
    const skipped = outcome.excluded.map((tn) => ({ tn, code: UserErrorCode.EXCLUDED, reason: reasons.notReleasable }));
    return fillBatchOutcome(new ReleaseTelephoneNumbersPayload(), tns, outcome, skipped, (i) => ['input', field, i]);
  }

  @Mutation(() => OrderTelephoneNumbersPayload, {
    nullable: true,
    description:
      'Order numbers from inventory with per-number trunk group, port-out PIN, note, end user and features. ' +
      'Small orders without features complete at once (no order is created); orders of more than 100 numbers are ' +
      'validated by the carrier after it accepts them (see validationPending).\n\nCarrier: /tnOrder.',
  })
  async orderTelephoneNumbers(
    @Arg('input', () => OrderTelephoneNumbersInput, {
      description: 'The numbers to order, each with its options, and your order reference.',
    })
    input: OrderTelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderTelephoneNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const paths = numbersPaths((i) => Boolean(input.numbers[i]?.trunkGroupName));
    checkNumberList(issues, ['input', 'numbers'], input.numbers, MAX_NUMBERS.order, (n) => n.tn, paths.tn);
    (input.numbers ?? []).forEach((n, i) => {
      const at: Path = ['input', 'numbers', i];
      checkTrunkGroupName(issues, [...at, 'trunkGroupName'], n.trunkGroupName, false);
      checkLimit(issues, [...at, 'portOutPin'], n.portOutPin, PORT_OUT_PIN);
      checkTnNote(issues, [...at, 'note'], n.note, false);
      checkEndUser(issues, [...at, 'endUser'], n.endUser);
      checkFeatures(issues, [...at, 'features'], n.features, true);
    });
    if (!issues.ok) return invalid(new OrderTelephoneNumbersPayload(), issues);

    const submission = await ctx.api.numbers.tnOrder({
      ...(input.customerOrderReference ? { customerOrderReference: input.customerOrderReference } : {}),
      items: input.numbers.map((n) => ({
        tn: n.tn,
        ...(n.trunkGroupName ? { trunkGroup: n.trunkGroupName } : {}),
        ...(n.portOutPin ? { portOutPin: n.portOutPin } : {}),
        ...(n.note ? { tnNote: n.note } : {}),
        ...(n.endUser ? { endUser: endUserToModel(n.endUser) } : {}),
        ...(n.features ? { features: featuresToModel(n.features) } : {}),
      })),
    });
    return completeSubmission(
      ctx,
      new OrderTelephoneNumbersPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      paths,
    );
  }

  @Mutation(() => UpdateTelephoneNumberTrunkGroupPayload, {
    nullable: true,
    description: 'Move In Service numbers to other trunk groups.\n\nCarrier: /tnUpdate.',
  })
  async updateTelephoneNumberTrunkGroup(
    @Arg('input', () => UpdateTelephoneNumberTrunkGroupInput, {
      description: 'The numbers and their new trunk groups, and your order reference.',
    })
    input: UpdateTelephoneNumberTrunkGroupInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberTrunkGroupPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const paths = numbersPaths(() => true);
    checkNumberList(issues, ['input', 'numbers'], input.numbers, MAX_NUMBERS.updateTrunkGroup, (n) => n.tn, paths.tn);
    (input.numbers ?? []).forEach((n, i) => checkTrunkGroupName(issues, ['input', 'numbers', i, 'trunkGroupName'], n.trunkGroupName, true));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberTrunkGroupPayload(), issues);

    const submission = await ctx.api.numbers.tnUpdate({
      items: input.numbers.map((n) => ({ tn: n.tn, trunkGroup: n.trunkGroupName })),
      customerOrderReference: input.customerOrderReference ?? undefined,
    });
    return completeSubmission(
      ctx,
      new UpdateTelephoneNumberTrunkGroupPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      paths,
    );
  }

  @Mutation(() => UpdateTelephoneNumberFeaturesPayload, {
    nullable: true,
    description:
      'Add, update or remove caller ID, directory listing, E911 and messaging on In Service numbers.\n\nCarrier: /tnFeatureOrder.',
  })
  async updateTelephoneNumberFeatures(
    @Arg('input', () => UpdateTelephoneNumberFeaturesInput, {
      description: 'The numbers and their feature changes, and your order reference.',
    })
    input: UpdateTelephoneNumberFeaturesInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberFeaturesPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const paths = numbersPaths();
    checkNumberList(issues, ['input', 'numbers'], input.numbers, MAX_NUMBERS.updateFeatures, (n) => n.tn, paths.tn);
    (input.numbers ?? []).forEach((n, i) => checkFeatureChange(issues, ['input', 'numbers', i], n));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberFeaturesPayload(), issues);
    await checkAgainstCurrentFeatures(ctx, issues, input.numbers);
    if (!issues.ok) return invalid(new UpdateTelephoneNumberFeaturesPayload(), issues);

    const submission = await ctx.api.numbers.tnFeatureOrder({
      items: input.numbers.map((n) => {
        const remove = n.remove ? Object.fromEntries(Object.entries({ ...n.remove }).filter(([, v]) => v === true)) : undefined;
        return {
          tn: n.tn,
          ...(n.endUser ? { endUser: endUserToModel(n.endUser) } : {}),
          features: featuresToModel(n.features) ?? {},
          ...(remove && Object.keys(remove).length > 0 ? { remove } : {}),
        };
      }),
      customerOrderReference: input.customerOrderReference ?? undefined,
    });
    return completeSubmission(
      ctx,
      new UpdateTelephoneNumberFeaturesPayload(),
      submission,
      input.numbers.map((n) => n.tn),
      paths,
    );
  }

  @Mutation(() => UpdatePortOutPinPayload, {
    nullable: true,
    description: 'Set port-out protection PINs on In Service numbers.\n\nCarrier: /portOutPinUpdate.',
  })
  async updatePortOutPin(
    @Arg('input', () => UpdatePortOutPinInput, { description: 'The numbers and their new port-out PINs.' }) input: UpdatePortOutPinInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdatePortOutPinPayload> {
    const issues = new Issues();
    const paths = numbersPaths();
    checkNumberList(issues, ['input', 'numbers'], input.numbers, MAX_NUMBERS.updatePortOutPin, (n) => n.tn, paths.tn);
    (input.numbers ?? []).forEach((n, i) => {
      const at: Path = ['input', 'numbers', i, 'portOutPin'];
      if (issues.required(at, n.portOutPin, 'portOutPin')) checkLimit(issues, at, n.portOutPin, PORT_OUT_PIN);
    });
    if (!issues.ok) return invalid(new UpdatePortOutPinPayload(), issues);

    const tns = input.numbers.map((n) => n.tn);
    const excluded = await ctx.api.numbers.portOutPinUpdate({ items: input.numbers.map((n) => ({ tn: n.tn, portOutPin: n.portOutPin })) });
    return completeNumberUpdate(ctx, new UpdatePortOutPinPayload(), excluded, tns, paths);
  }

  @Mutation(() => UpdateTelephoneNumberNotePayload, {
    nullable: true,
    description: 'Set notes on In Service numbers.\n\nCarrier: /tnNoteUpdate.',
  })
  async updateTelephoneNumberNote(
    @Arg('input', () => UpdateTelephoneNumberNoteInput, { description: 'The numbers and their new notes.' })
    input: UpdateTelephoneNumberNoteInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateTelephoneNumberNotePayload> {
    const issues = new Issues();
    const paths = numbersPaths();
    checkNumberList(issues, ['input', 'numbers'], input.numbers, MAX_NUMBERS.updateNote, (n) => n.tn, paths.tn);
    (input.numbers ?? []).forEach((n, i) => checkTnNote(issues, ['input', 'numbers', i, 'note'], n.note, true));
    if (!issues.ok) return invalid(new UpdateTelephoneNumberNotePayload(), issues);

    const tns = input.numbers.map((n) => n.tn);
    const excluded = await ctx.api.numbers.tnNoteUpdate({ items: input.numbers.map((n) => ({ tn: n.tn, tnNote: n.note })) });
    return completeNumberUpdate(ctx, new UpdateTelephoneNumberNotePayload(), excluded, tns, paths);
  }

  @Mutation(() => DisconnectTelephoneNumbersPayload, {
    nullable: true,
    description: 'Disconnect In Service numbers.\n\nCarrier: /tnDisconnect.',
  })
  async disconnectTelephoneNumbers(
    @Arg('input', () => DisconnectTelephoneNumbersInput, { description: 'The numbers to disconnect, and your order reference.' })
    input: DisconnectTelephoneNumbersInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<DisconnectTelephoneNumbersPayload> {
    const issues = new Issues();
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    const { field, tns } = numberList(issues, input);
    checkNumberList(
      issues,
      ['input', field],
      tns,
      MAX_NUMBERS.disconnect,
      (tn) => tn,
      (i) => ['input', field, i],
    );
    if (!issues.ok) return invalid(new DisconnectTelephoneNumbersPayload(), issues);

    const submission = await ctx.api.numbers.tnDisconnect({
      tns,
      customerOrderReference: input.customerOrderReference ?? undefined,
    });
    return completeSubmission(ctx, new DisconnectTelephoneNumbersPayload(), submission, tns, { tn: (i) => ['input', field, i] });
  }
}

/**
 * A partial E911 or messaging change is only valid on a number that has the
 * feature already; read the numbers it concerns (one batched /tnDetail, and
 * only when such a change is asked). Numbers not on the account are left to
 * the carrier, which excludes them; if the read fails the carrier decides.
 */
async function checkAgainstCurrentFeatures(
  ctx: GatewayContext,
  issues: Issues,
  numbers: readonly NumberFeatureChangeInput[],
): Promise<void> {
  const partial = numbers
    .map((n, index) => ({ n, index }))
    .filter(({ n }) => {
      const p = isPartialFeatureGroup(n.features);
      return p.e911 || p.messaging;
    });
  if (partial.length === 0) return;
  let records: (TelephoneNumberRecord | null | Error)[];
  try {
    records = await ctx.loaders.numbers.telephoneNumber.loadMany(partial.map(({ n }) => n.tn));
  } catch {
    return;
  }
  partial.forEach(({ n, index }, i) => {
    const record = records[i];
    if (record && !(record instanceof Error))
      checkNewFeatureGroups(issues, ['input', 'numbers', index, 'features'], n.features, record.features);
  });
}
