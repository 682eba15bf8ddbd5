/** Rate centers as reference data: the coverage list, and DID/LNP approval on every RateCenter the graph returns. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RateCenterCoverage } from '../../upstream/reference/rate-center-coverage.js';
import { checkPageArgs, ConnectionType, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { checkLata, checkProvince, Issues } from '../common/validation.js';
import { RateCenter } from '../numbers/telephone-number.type.js';
import type { CoverageKey } from './reference-lists.loaders.js';
import { RateCenterFilter } from './rate-center.input.js';

export const RATE_CENTER_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 500 };

export const RateCenterConnection = ConnectionType('RateCenter', () => RateCenter, 'rate centers');
export type RateCenterConnection = InstanceType<typeof RateCenterConnection>;

/** The coverage entry a RateCenter was built from, so its approval fields need no second lookup. */
const coverageOf = new WeakMap<RateCenter, RateCenterCoverage>();

function toRateCenter(c: RateCenterCoverage): RateCenter {
  const rc = new RateCenter();
  rc.abbreviation = c.rateCenter;
  rc.lata = c.lata ?? null;
  rc.state = c.province ?? null;
  coverageOf.set(rc, c);
  return rc;
}

function matches(c: RateCenterCoverage, filter: RateCenterFilter | null): boolean {
  if (!filter) return true;
  if (filter.didApproved != null && c.didApproved !== filter.didApproved) return false;
  if (filter.lnpApproved != null && c.lnpApproved !== filter.lnpApproved) return false;
  if (filter.state != null && c.province?.toUpperCase() !== filter.state.toUpperCase()) return false;
  if (filter.lata != null && c.lata !== filter.lata) return false;
  return true;
}

async function coverageFor(rc: RateCenter, ctx: GatewayContext): Promise<RateCenterCoverage | undefined> {
  const known = coverageOf.get(rc);
  if (known) return known;
  const all = await ctx.loaders.reference.coverage.load('wireline');
  return all.find((c) => c.rateCenter === rc.abbreviation);
}

@Resolver(() => RateCenter)
export class RateCenterReferenceResolver {
  @Query(() => RateCenterConnection, {
    nullable: true,
    description:
      'Every rate center the carrier covers, with whether new numbers (DID) can be ordered and numbers ported in (LNP) there. ' +
      'The whole list is read once and filtered here.\n\nCarrier: /rateCenterCoverage.',
  })
  async rateCenters(
    @Arg('filter', () => RateCenterFilter, { nullable: true, description: 'Approval, state, LATA and wireless filters.' })
    filter: RateCenterFilter | null,
    @PageArgsOf(RATE_CENTER_CONNECTION_LIMITS) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<RateCenterConnection> {
    const issues = new Issues();
    checkProvince(issues, ['filter', 'state'], filter?.state);
    checkLata(issues, ['filter', 'lata'], filter?.lata);
    const args = checkPageArgs(issues, page, RATE_CENTER_CONNECTION_LIMITS, 'rateCenters', filter);
    issues.throwIfAny();
    const key: CoverageKey = filter?.wireless ? 'wireless' : 'wireline';
    const all = (await ctx.loaders.reference.coverage.load(key)).filter((c) => matches(c, filter));
    const window = await fetchWindow(
      args,
      async ({ page: number = 1, size = args.first }) => {
        const items = all.slice((number - 1) * size, number * size).map(toRateCenter);
        return { items, page: number, totalPages: Math.ceil(all.length / size), totalItems: all.length };
      },
      (rc) => rc.abbreviation,
    );
    return toConnection(RateCenterConnection, window);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Market the rate center belongs to, e.g. "Boston MA"; null when the carrier does not list it.\n\nCarrier: /rateCenterCoverage.',
  })
  async marketName(@Root() rc: RateCenter, @Ctx() ctx: GatewayContext): Promise<string | null> {
    return (await coverageFor(rc, ctx))?.marketName ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'New numbers can be ordered here; null when the carrier does not say.\n\nCarrier: /rateCenterCoverage.',
  })
  async didApproved(@Root() rc: RateCenter, @Ctx() ctx: GatewayContext): Promise<boolean | null> {
    return (await coverageFor(rc, ctx))?.didApproved ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Numbers can be ported in here; null when the carrier does not say.\n\nCarrier: /rateCenterCoverage.',
  })
  async lnpApproved(@Root() rc: RateCenter, @Ctx() ctx: GatewayContext): Promise<boolean | null> {
    return (await coverageFor(rc, ctx))?.lnpApproved ?? null;
  }
}
