/** Reference lists with no entity of their own: toll-free CICs and the LATAs of numbers. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Cic } from '../../upstream/reference/cic-list.js';
import type { GatewayContext } from '../common/context.js';
import { TnScalar } from '../common/scalars.js';
import { Issues } from '../common/validation.js';
import { ALL_CICS } from './reference-lists.loaders.js';
import { Lata, TollFreeCic } from './cic.type.js';

const toTollFreeCic = (c: Cic): TollFreeCic =>
  Object.assign(new TollFreeCic(), { cic: c.cic, respOrgPrefix: c.respOrgPrefix ?? null, companyName: c.companyName ?? null });

/** Federation and `node(id:)`: a CIC by its code, from the one cached list. */
export async function resolveTollFreeCicReference(ref: { cic?: unknown }, ctx: GatewayContext): Promise<TollFreeCic | null> {
  if (typeof ref.cic !== 'string') return null;
  const found = (await ctx.loaders.reference.cics.load(ALL_CICS)).find((c) => c.cic === ref.cic);
  return found ? toTollFreeCic(found) : null;
}

/** The guide gives no maximum for /lataInventory's tnList; the gateway's usual batch size keeps one request bounded. */
export const MAX_LATA_TNS = 500;

@Resolver()
export class ReferenceListsResolver {
  @Query(() => [TollFreeCic], {
    nullable: true,
    description: 'CICs (and their RespOrgs) supported for loading toll-free numbers.\n\nCarrier: /cicList.',
  })
  async tollFreeCics(@Ctx() ctx: GatewayContext): Promise<TollFreeCic[]> {
    return (await ctx.loaders.reference.cics.load(ALL_CICS)).map(toTollFreeCic);
  }

  @Query(() => [Lata], {
    nullable: true,
    description:
      'The distinct LATAs the given numbers belong to (forecasting input for orders and port-ins), in one carrier call. ' +
      'The carrier does not say which number is in which LATA.\n\nCarrier: /lataInventory.',
  })
  async latas(
    @Arg('tns', () => [TnScalar], { description: `Ten-digit numbers, 1-${MAX_LATA_TNS}.` }) tns: string[],
    @Ctx() ctx: GatewayContext,
  ): Promise<Lata[]> {
    const issues = new Issues();
    if (issues.nonEmpty(['tns'], tns, 'number')) issues.intRange(['tns'], tns.length, 1, MAX_LATA_TNS);
    issues.noDuplicates(
      tns,
      (tn) => tn,
      (i) => ['tns', i],
      'Number',
    );
    issues.throwIfAny();
    const latas = await ctx.api.reference.lataInventory({ tns });
    return latas.map((code) => Object.assign(new Lata(), { code }));
  }
}
