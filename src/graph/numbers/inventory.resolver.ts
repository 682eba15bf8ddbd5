/** Inventory queries: available numbers, coverage counts and the reserved list. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { InventorySearch } from '../../upstream/numbers/tn-inventory.js';
import type { PageRequest } from '../../upstream/shared/page.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { checkProvince, Issues } from '../common/validation.js';
import {
  AvailableTelephoneNumber,
  AvailableTelephoneNumberConnection,
  InventoryCoverageEntry,
  ReservedTelephoneNumber,
} from './inventory.type.js';
import { SortDirection } from '../common/sort.js';
import { CoverageGrouping } from './numbers.enums.js';
import { AvailableTelephoneNumberSearchInput, AvailableTelephoneNumberSort } from './numbers.input.js';
import { toAvailableNumber, toCoverageEntry, toReservedNumber } from './numbers.mapper.js';
import { checkAvailableTelephoneNumberSearch } from './numbers.validation.js';
import { checkLimit } from '../common/limits.js';
import { RATE_CENTER } from './numbers.limits.js';

/** The carrier pages inventory in groups of up to 10,000 (guide L846), so that is the largest page. */
export const INVENTORY_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 10_000 };
const ALL_NUMBERS_MASK = 'xxxxxxxxxx';

export function toInventorySearch(s: AvailableTelephoneNumberSearchInput): Omit<InventorySearch, 'page'> {
  const out: Omit<InventorySearch, 'page'> = {};
  // The carrier requires a mask or wildcard "even if searching for all TNs".
  if (s.tnWildcard) out.tnWildcard = s.tnWildcard;
  else out.tnMask = s.tnMask ?? ALL_NUMBERS_MASK;
  if (s.lata) out.lata = s.lata;
  if (s.rateCenter) out.rateCenter = s.rateCenter;
  if (s.rateCenterTier) out.rateCenterTier = s.rateCenterTier;
  if (s.province) out.province = s.province.toUpperCase();
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
      'Search carrier inventory for numbers to reserve or order (/tnInventory). A cursor is valid only with the same search and sort.',
  })
  async availableTelephoneNumbers(
    @Arg('search', () => AvailableTelephoneNumberSearchInput, { nullable: true, description: 'Search criteria; default: any number.' })
    search: AvailableTelephoneNumberSearchInput | null,
    @Arg('sort', () => AvailableTelephoneNumberSort, { nullable: true, description: "Sort order; default: the carrier's." })
    sortArg: AvailableTelephoneNumberSort | null,
    @PageArgsOf(INVENTORY_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<AvailableTelephoneNumberConnection> {
    const s = search ?? new AvailableTelephoneNumberSearchInput();
    const issues = new Issues();
    checkAvailableTelephoneNumberSearch(issues, ['search'], s);
    const criteria = toInventorySearch(s);
    const sort: PageRequest = sortArg ? { property: sortArg.field, direction: sortArg.direction ?? SortDirection.ASC } : {};
    const page = checkPageArgs(issues, { first, after }, INVENTORY_CONNECTION_LIMITS, 'availableTelephoneNumbers', { criteria, sort });
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

  @Query(() => [InventoryCoverageEntry], { nullable: true, description: 'Counts of available numbers, grouped (/tnInventoryCoverage).' })
  async inventoryCoverage(
    @Arg('groupBy', () => CoverageGrouping, { nullable: true, description: 'Grouping; the carrier default is NPA_NXX.' })
    groupBy: CoverageGrouping | null,
    @Arg('rateCenter', () => String, { nullable: true, description: 'Only this rate center (abbreviation).' }) rateCenter: string | null,
    @Arg('province', () => String, { nullable: true, description: 'Only this two-letter state or province.' }) province: string | null,
    @Arg('wireless', () => Boolean, { nullable: true, description: 'Wireless inventory (the account must allow it).' })
    wireless: boolean | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<InventoryCoverageEntry[]> {
    const issues = new Issues();
    checkProvince(issues, ['province'], province);
    checkLimit(issues, ['rateCenter'], rateCenter, RATE_CENTER);
    issues.throwIfAny();
    const entries = await ctx.api.numbers.tnInventoryCoverage({
      ...(groupBy ? { countBy: groupBy } : {}),
      ...(rateCenter ? { rateCenter } : {}),
      ...(province ? { province: province.toUpperCase() } : {}),
      ...(wireless !== null && wireless !== undefined ? { wireless } : {}),
    });
    return entries.map(toCoverageEntry);
  }

  @Query(() => [ReservedTelephoneNumber], { nullable: true, description: 'Numbers the account has reserved (/tnReservedList).' })
  async reservedTelephoneNumbers(@Ctx() ctx: GatewayContext): Promise<ReservedTelephoneNumber[]> {
    const reserved = await ctx.api.numbers.tnReservedList();
    return reserved.map(toReservedNumber);
  }
}
