/** Queries over toll-free numbers, and the TollFreeNumber entity's reference resolver. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import type { TfSearchCriteria, TollFreeNumberRecord } from '../../upstream/toll-free/tf-detail.js';
import { checkPageArgs, fetchWindow, PAGE_LIMITS, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { checkLimits } from '../common/limits.js';
import { PageArgsOf } from '../common/page-args.js';
import { normaliseTn, TnScalar } from '../common/scalars.js';
import { Issues } from '../common/validation.js';
import { UserErrorCode } from '../common/user-error.js';
import { TollFreeFeature } from './toll-free.enums.js';
import { AvailableTollFreeNumberSearch, TollFreeNumberFilter } from './toll-free.input.js';
import { INVENTORY_QUANTITY, TOLL_FREE_MASK } from './toll-free.limits.js';
import { toAvailableTollFreeNumber, toTollFreeNumber } from './toll-free.mapper.js';
import { AvailableTollFreeNumbers, TollFreeNumber, TollFreeNumberConnection } from './toll-free-number.type.js';
import { checkTollFreeTn } from './toll-free.validation.js';

const ALL_NUMBERS = 'xxxxxxxxxx';

/** A filter → /tfDetail search items: one per status asked for (the carrier ORs items), else one. */
export function toCriteria(filter: TollFreeNumberFilter | null | undefined, routingLabel?: string): TfSearchCriteria[] {
  const f = filter ?? {};
  const base: TfSearchCriteria = { tnMask: f.tnMask ?? ALL_NUMBERS };
  const label = routingLabel ?? f.routingLabel;
  if (label) base.routingLabel = label;
  if (f.activatedFrom) base.activatedFrom = f.activatedFrom;
  if (f.activatedTo) base.activatedTo = f.activatedTo;
  if (f.activatedBy) base.activatedBy = f.activatedBy;
  if (f.noteContains) base.noteContains = f.noteContains;
  if (f.callingNameContains) base.callingNameContains = f.callingNameContains;
  if (f.hasCallingName != null) base.hasCallingName = f.hasCallingName;
  if (f.cnamDip != null) base.cnamDip = f.cnamDip;
  if (f.e911Contains) base.e911Contains = f.e911Contains;
  if (f.hasE911 != null) base.hasE911 = f.hasE911;
  if (f.hasMessaging != null) base.hasMessaging = f.hasMessaging;
  if (f.messageClass) base.messageClass = f.messageClass;
  if (f.messageType) base.messageType = f.messageType;
  const statuses = [...new Set(f.statuses ?? [])];
  return statuses.length === 0 ? [base] : statuses.map((status) => ({ ...base, status }));
}

/** A connection over /tfDetail; its numbers prime the by-TN loader, so nested reads of them cost nothing more. */
export async function searchTollFreeNumbers(
  ctx: GatewayContext,
  args: { filter?: TollFreeNumberFilter | null; routingLabel?: string } & PageArgs,
): Promise<TollFreeNumberConnection> {
  const issues = new Issues();
  checkLimits(issues, ['filter'], args.filter, TollFreeNumberFilter);
  const criteria = toCriteria(args.filter, args.routingLabel);
  const page = checkPageArgs(issues, args, PAGE_LIMITS, 'tollFreeNumbers', { criteria });
  issues.throwIfAny();
  const window = await fetchWindow(
    page,
    (request: PageRequest): Promise<Page<TollFreeNumberRecord>> => ctx.loaders.tollFree.search.load({ criteria, page: request }),
    (r) => r.tn,
  );
  for (const { node } of window.items) ctx.loaders.tollFree.tollFreeNumber.prime(node.tn, node);
  return toConnection(TollFreeNumberConnection, {
    ...window,
    items: window.items.map(({ node, cursor }) => ({ node: toTollFreeNumber(node), cursor })),
  });
}

/** Numbers by TN through the batched loader, in order, unknown ones left out. */
export async function loadTollFreeNumbers(ctx: GatewayContext, tns: readonly string[]): Promise<TollFreeNumber[]> {
  const records = await ctx.loaders.tollFree.tollFreeNumber.loadMany(tns);
  const failure = records.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return records.filter((r): r is TollFreeNumberRecord => r !== null && !(r instanceof Error)).map(toTollFreeNumber);
}

@Resolver(() => TollFreeNumber)
export class TollFreeNumberResolver {
  @Query(() => TollFreeNumber, {
    nullable: true,
    description:
      'A toll-free number of the account, batched with every other number of the request; null when the account does not hold it.\n\nCarrier: /tfDetail.',
  })
  async tollFreeNumber(
    @Arg('tn', () => TnScalar, { description: 'The toll-free number, e.g. "8002012311".' }) tn: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<TollFreeNumber | null> {
    const issues = new Issues();
    checkTollFreeTn(issues, ['tn'], tn);
    issues.throwIfAny();
    const record = await ctx.loaders.tollFree.tollFreeNumber.load(tn);
    return record ? toTollFreeNumber(record) : null;
  }

  @Query(() => TollFreeNumberConnection, {
    nullable: true,
    description: 'The toll-free numbers of the account matching the filters, paginated.\n\nCarrier: /tfDetail.',
  })
  async tollFreeNumbers(
    @Arg('filter', () => TollFreeNumberFilter, { nullable: true, description: 'Filters; default: every toll-free number of the account.' })
    filter: TollFreeNumberFilter | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TollFreeNumberConnection> {
    return searchTollFreeNumbers(ctx, { filter, first, after });
  }

  @Query(() => [TollFreeNumber], {
    nullable: true,
    description:
      'Every toll-free number with a feature, from the account-wide feature list (one call), then read in full in batches of 100.\n\nCarrier: /tfFeatureCNamList, /tfFeatureMessageList, /tfFeatureE911List, /tfDetail.',
  })
  async tollFreeNumbersWithFeature(
    @Arg('feature', () => TollFreeFeature, { description: 'The feature.' }) feature: TollFreeFeature,
    @Arg('tnMask', () => String, { nullable: true, description: `E911 only: a number pattern; ${TOLL_FREE_MASK.chars.rule}.` })
    tnMask: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<TollFreeNumber[]> {
    const issues = new Issues();
    if (tnMask != null) {
      if (feature !== TollFreeFeature.E911) issues.add(['tnMask'], UserErrorCode.CONFLICT, 'tnMask applies to the E911 feature only.');
      issues.pattern(['tnMask'], tnMask, TOLL_FREE_MASK.chars.pattern, `tnMask ${TOLL_FREE_MASK.chars.rule}.`);
    }
    issues.throwIfAny();
    const listed =
      feature === TollFreeFeature.CALLING_NAME
        ? await ctx.loaders.tollFree.callingNames.load('all')
        : feature === TollFreeFeature.MESSAGING
          ? await ctx.loaders.tollFree.messaging.load('all')
          : await ctx.loaders.tollFree.e911.load(tnMask ?? '');
    return loadTollFreeNumbers(ctx, [...new Set(listed.map((l) => l.tn))]);
  }

  @Query(() => AvailableTollFreeNumbers, {
    nullable: true,
    description: 'Toll-free numbers free to order, by pattern or vanity word.\n\nCarrier: /tfInventory.',
  })
  async availableTollFreeNumbers(
    @Arg('search', () => AvailableTollFreeNumberSearch, { description: 'The pattern and how many numbers.' })
    search: AvailableTollFreeNumberSearch,
    @Ctx() ctx: GatewayContext,
  ): Promise<AvailableTollFreeNumbers> {
    const issues = new Issues();
    checkLimits(issues, ['search'], search, AvailableTollFreeNumberSearch);
    if (!search.mask === !search.vanity)
      issues.add(['search'], UserErrorCode.CONFLICT, 'Give exactly one of search.mask or search.vanity.');
    const vanity = search.vanity?.trim();
    if (vanity) {
      if (/\*[^*]+\*/.test(vanity))
        issues.add(['search', 'vanity'], UserErrorCode.INVALID, 'search.vanity may use * only once or as one contiguous run.');
      if (vanity.length < 10 && !vanity.includes('*')) {
        issues.add(['search', 'vanity'], UserErrorCode.INVALID, 'search.vanity shorter than 10 characters must contain *.');
      }
    }
    const max = search.sequential ? INVENTORY_QUANTITY.sequentialMax : INVENTORY_QUANTITY.max;
    issues.intRange(['search', 'quantity'], search.quantity, 1, max);
    issues.throwIfAny();
    const found = await ctx.api.tollFree.tfInventory({
      ...(search.mask ? { tnMask: search.mask } : { tnWildcard: vanity! }),
      quantity: search.quantity,
      ...(search.sequential != null ? { sequential: search.sequential } : {}),
    });
    return Object.assign(new AvailableTollFreeNumbers(), { numbers: found.map(toAvailableTollFreeNumber), count: found.length });
  }
}

/** Federation: `{ __typename: "TollFreeNumber", tn }` through the batched loader. */
export async function resolveTollFreeNumberReference(ref: { tn?: unknown }, ctx: GatewayContext): Promise<TollFreeNumber | null> {
  const tn = normaliseTn(ref.tn);
  if (!tn) return null;
  const record = await ctx.loaders.tollFree.tollFreeNumber.load(tn);
  return record ? toTollFreeNumber(record) : null;
}
