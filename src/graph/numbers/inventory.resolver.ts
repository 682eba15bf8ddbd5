/** Inventory queries: available numbers, coverage counts and the reserved list. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { checkPageArgs, fetchWindow, PAGE_LIMITS, pagesOf, toConnection, type PageArgs } from '../common/connection.js';
import { describe } from '../common/description.js';
import type { InventorySearch } from '../../upstream/numbers/tn-inventory.js';
import type { PageRequest } from '../../upstream/shared/page.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { resolveRenamed } from '../common/renames.js';
import { checkProvince, Issues } from '../common/validation.js';
import {
  AvailableTelephoneNumber,
  AvailableTelephoneNumberConnection,
  InventoryCoverageEntry,
  ReservedTelephoneNumberConnection,
} from './inventory.type.js';
import { SortDirection } from '../common/sort.js';
import { CoverageGrouping } from './numbers.enums.js';
import { AvailableTelephoneNumberSearchInput, AvailableTelephoneNumberSort } from './numbers.search.input.js';
import { toAvailableNumber, toCoverageEntry, toReservedNumber } from './numbers.mapper.js';
import { checkAvailableTelephoneNumberSearch, maskOf } from './numbers.validation.js';
import { checkLimit } from '../common/limits.js';
import { RATE_CENTER } from './numbers.limits.js';

const ALL_NUMBERS_MASK = 'xxxxxxxxxx';

export function toInventorySearch(s: AvailableTelephoneNumberSearchInput): Omit<InventorySearch, 'page'> {
  const out: Omit<InventorySearch, 'page'> = {};
  // The carrier requires a mask or wildcard "even if searching for all TNs".
  if (s.tnWildcard) out.tnWildcard = s.tnWildcard;
  else out.tnMask = s.tnMask ?? maskOf(s) ?? ALL_NUMBERS_MASK;
  if (s.lata) out.lata = s.lata;
  if (s.rateCenter) out.rateCenter = s.rateCenter;
  if (s.rateCenterTier) out.rateCenterTier = s.rateCenterTier;
  if (s.state) out.province = s.state.toUpperCase();
  if (s.city) out.city = s.city;
  if (s.postalCode) out.postalCode = s.postalCode;
  if (s.radius !== null && s.radius !== undefined) out.radius = s.radius;
  if (s.quantity !== null && s.quantity !== undefined) out.quantity = s.quantity;
  if (s.sequential) out.sequential = true;
  if (s.wireless !== null && s.wireless !== undefined) out.wireless = s.wireless;
  if (s.localCallingArea) out.localCallingArea = true;
  if (s.searchOnNetOnly !== null && s.searchOnNetOnly !== undefined) out.searchOnNetOnly = s.searchOnNetOnly;
  return out;
}

@Resolver(() => AvailableTelephoneNumber)
export class InventoryResolver {
  @Query(() => AvailableTelephoneNumberConnection, {
    nullable: true,
    description:
      'Numbers you can reserve or order now, paginated. A cursor is valid only with the same search and sort.\n\nCarrier: /tnInventory.',
  })
  async availableTelephoneNumbers(
    @Arg('search', () => AvailableTelephoneNumberSearchInput, { nullable: true, description: 'Search criteria; default: any number.' })
    search: AvailableTelephoneNumberSearchInput | null,
    @Arg('sort', () => AvailableTelephoneNumberSort, { nullable: true, description: "Sort order; default: the carrier's." })
    sortArg: AvailableTelephoneNumberSort | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<AvailableTelephoneNumberConnection> {
    const s = search ?? new AvailableTelephoneNumberSearchInput();
    const issues = new Issues();
    checkAvailableTelephoneNumberSearch(issues, ['search'], s);
    const criteria = toInventorySearch(s);
    const sort: PageRequest = sortArg ? { property: sortArg.field, direction: sortArg.direction ?? SortDirection.ASC } : {};
    const page = checkPageArgs(issues, { first, after }, PAGE_LIMITS, 'availableTelephoneNumbers', { criteria, sort });
    issues.throwIfAny();

    const window = await fetchWindow(
      page,
      (request) => ctx.api.numbers.tnInventory({ ...criteria, page: { ...request, ...sort } }),
      (number) => number.tn,
    );
    return toConnection(AvailableTelephoneNumberConnection, {
      ...window,
      items: window.items.map(({ node, cursor }) => ({ node: toAvailableNumber(node), cursor })),
    });
  }

  @Query(() => [InventoryCoverageEntry], {
    nullable: true,
    description:
      'How many numbers are available, counted per area code, exchange, rate center, … (see groupBy).\n\nCarrier: /tnInventoryCoverage.',
  })
  async inventoryCoverage(
    @Arg('groupBy', () => CoverageGrouping, { nullable: true, description: 'Grouping; the carrier default is NPA_NXX.' })
    groupBy: CoverageGrouping | null,
    @Arg('rateCenter', () => String, { nullable: true, description: 'Only this rate center (abbreviation).' }) rateCenter: string | null,
    @Arg('state', () => String, { nullable: true, description: 'Only this two-letter US state or Canadian province, e.g. "IL".' })
    stateArg: string | null,
    @Arg('province', () => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' })
    province: string | null,
    @Arg('wireless', () => Boolean, { nullable: true, description: 'Wireless inventory (the account must allow it).' })
    wireless: boolean | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<InventoryCoverageEntry[]> {
    const issues = new Issues();
    const args = { state: stateArg, province };
    resolveRenamed(issues, [], args, 'state', 'province');
    const state = args.state;
    checkProvince(issues, ['state'], state);
    checkLimit(issues, ['rateCenter'], rateCenter, RATE_CENTER);
    issues.throwIfAny();
    const entries = await ctx.api.numbers.tnInventoryCoverage({
      ...(groupBy ? { countBy: groupBy } : {}),
      ...(rateCenter ? { rateCenter } : {}),
      ...(state ? { province: state.toUpperCase() } : {}),
      ...(wireless !== null && wireless !== undefined ? { wireless } : {}),
    });
    return entries.map(toCoverageEntry);
  }

  @Query(() => ReservedTelephoneNumberConnection, {
    nullable: true,
    description: describe(
      'Numbers the account holds reserved, paginated; the whole list is read in one call per request. ' +
        'A reservation lapses four hours after it was made.',
      '/tnReservedList',
    ),
  })
  async reservedTelephoneNumbers(
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReservedTelephoneNumberConnection> {
    const issues = new Issues();
    const page = checkPageArgs(issues, { first, after }, PAGE_LIMITS, 'reservedTelephoneNumbers', null);
    issues.throwIfAny();
    const reserved = (await ctx.api.numbers.tnReservedList()).map(toReservedNumber);
    return toConnection(ReservedTelephoneNumberConnection, await fetchWindow(page, pagesOf(reserved), (n) => n.tn));
  }
}
