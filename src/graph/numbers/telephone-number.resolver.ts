/** Queries over assigned numbers, and the TelephoneNumber entity's reference resolver. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { TnSearchCriteria } from '../../upstream/numbers/tn-detail.js';
import type { PageRequest } from '../../upstream/shared/page.js';
import { checkPageArgs, fetchWindow, PAGE_LIMITS, pagesOf, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { normaliseTn, TnScalar } from '../common/scalars.js';
import { Issues } from '../common/validation.js';
import { TelephoneNumberConnection } from './inventory.type.js';
import { TelephoneNumberFilter, TelephoneNumberSort } from './numbers.search.input.js';
import { toTelephoneNumber } from './numbers.mapper.js';
import { checkTelephoneNumberFilter, maskOf } from './numbers.validation.js';
import { TelephoneNumberStatus } from './numbers.enums.js';
import { AssignedTelephoneNumber, AssignedTelephoneNumberConnection, TelephoneNumber } from './telephone-number.type.js';
import { describe } from '../common/description.js';

const ALL_NUMBERS_MASK = 'xxxxxxxxxx';

/** Filter input → one /tnDetail search item (`tnMask` is required upstream; default matches all). */
export function toSearchCriteria(filter: TelephoneNumberFilter | null | undefined, trunkGroupName?: string): TnSearchCriteria {
  const f = filter ?? {};
  const criteria: TnSearchCriteria = { tnMask: f.tnMask ?? maskOf(f) ?? ALL_NUMBERS_MASK };
  if (f.status) criteria.tnStatus = f.status;
  const tg = trunkGroupName ?? f.trunkGroupName;
  if (tg) criteria.trunkGroupName = tg;
  if (f.lata) criteria.lata = f.lata;
  if (f.rateCenter) criteria.rateCenter = f.rateCenter;
  if (f.state) criteria.province = f.state.toUpperCase();
  if (f.rateCenterTier) criteria.rateCenterTier = f.rateCenterTier;
  if (f.noteContains) criteria.tnNote = f.noteContains;
  if (f.callingNameContains) criteria.callingNameContains = f.callingNameContains;
  if (f.directoryListingContains) criteria.directoryListingContains = f.directoryListingContains;
  if (f.e911Contains) criteria.e911Contains = f.e911Contains;
  if (f.messageClass) criteria.messageClass = f.messageClass;
  if (f.messageType) criteria.messageType = f.messageType;
  if (f.wireless !== undefined && f.wireless !== null) criteria.wireless = f.wireless;
  return criteria;
}

/**
 * A connection over /tnDetail with one search item. Used by
 * `telephoneNumbers` and `TrunkGroup.telephoneNumbers`. Validates first
 * (BAD_USER_INPUT), then primes the TN loader so nested lookups of these
 * numbers cost nothing more.
 */
export async function searchTelephoneNumbers(
  ctx: GatewayContext,
  args: { filter?: TelephoneNumberFilter | null; sort?: TelephoneNumberSort | null; trunkGroupName?: string } & PageArgs,
): Promise<TelephoneNumberConnection> {
  const issues = new Issues();
  checkTelephoneNumberFilter(issues, ['filter'], args.filter);
  const criteria = toSearchCriteria(args.filter, args.trunkGroupName);
  const sort: PageRequest = args.sort ? { property: args.sort.field, direction: args.sort.direction ?? 'asc' } : {};
  const page = checkPageArgs(issues, args, PAGE_LIMITS, 'telephoneNumbers', { criteria, sort });
  issues.throwIfAny();

  const window = await fetchWindow(
    page,
    (request) => ctx.loaders.numbers.telephoneNumberSearch.load({ criteria, page: { ...request, ...sort } }),
    (number) => number.tn,
  );
  for (const { node } of window.items) ctx.loaders.numbers.telephoneNumber.prime(node.tn, node);
  return toConnection(TelephoneNumberConnection, {
    ...window,
    items: window.items.map(({ node, cursor }) => ({ node: toTelephoneNumber(node), cursor })),
  });
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberResolver {
  @Query(() => TelephoneNumber, {
    nullable: true,
    description:
      'An assigned number by its TN (read together with every other number in the request); null when the number is not assigned to the account.\n\nCarrier: /tnDetail.',
  })
  async telephoneNumber(
    @Arg('tn', () => TnScalar, { description: 'The number, e.g. "3125550100" or "+1 (312) 555-0100".' }) tn: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(tn);
    return record ? toTelephoneNumber(record) : null;
  }

  @Query(() => TelephoneNumberConnection, {
    nullable: true,
    description: 'Assigned numbers matching the filters, paginated.\n\nCarrier: /tnDetail.',
  })
  async telephoneNumbers(
    @Arg('filter', () => TelephoneNumberFilter, { nullable: true, description: 'Filters; default: every number assigned to the account.' })
    filter: TelephoneNumberFilter | null,
    @Arg('sort', () => TelephoneNumberSort, { nullable: true, description: "Sort order; default: the carrier's." })
    sort: TelephoneNumberSort | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TelephoneNumberConnection> {
    return searchTelephoneNumbers(ctx, { filter, sort, first, after });
  }

  @Query(() => AssignedTelephoneNumberConnection, {
    nullable: true,
    description: describe(
      'Every number assigned to the account with its status, paginated; the whole list is read in one call per request. ' +
        'Ask for `telephoneNumber` on them for full records, read in batches of 100.',
      '/tnAssignedList',
      '/tnDetail',
    ),
  })
  async assignedTelephoneNumbers(
    @Arg('status', () => TelephoneNumberStatus, { nullable: true, description: 'Only numbers in this status.' })
    status: TelephoneNumberStatus | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<AssignedTelephoneNumberConnection> {
    const issues = new Issues();
    const page = checkPageArgs(issues, { first, after }, PAGE_LIMITS, 'assignedTelephoneNumbers', { status });
    issues.throwIfAny();
    const assigned = (await ctx.api.numbers.tnAssignedList())
      .filter((n) => !status || n.status === status)
      .map((n) => Object.assign(new AssignedTelephoneNumber(), { tn: n.tn, status: n.status as TelephoneNumberStatus }));
    return toConnection(AssignedTelephoneNumberConnection, await fetchWindow(page, pagesOf(assigned), (n) => n.tn));
  }
}

@Resolver(() => AssignedTelephoneNumber)
export class AssignedTelephoneNumberResolver {
  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description: 'The full record of the number (read together with the other numbers of the request).\n\nCarrier: /tnDetail.',
  })
  async telephoneNumber(@Root() assigned: AssignedTelephoneNumber, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(assigned.tn);
    return record ? toTelephoneNumber(record) : null;
  }
}

/** Federation: resolve `{ __typename: "TelephoneNumber", tn }` through the batched loader. */
export async function resolveTelephoneNumberReference(ref: { tn?: unknown }, ctx: GatewayContext): Promise<TelephoneNumber | null> {
  const tn = normaliseTn(ref.tn);
  if (!tn) return null;
  const record = await ctx.loaders.numbers.telephoneNumber.load(tn);
  return record ? toTelephoneNumber(record) : null;
}
