/** The account-wide caller-name lookup (CNAM dip) list, and each entry's link to its number. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { Issues } from '../common/validation.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { CnamDipSetting, CnamDipSettingConnection, CnamDipSettingSort, CnamDipSortField } from './cnam-dip.type.js';

export const CNAM_DIP_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 500 };

@Resolver(() => CnamDipSetting)
export class CnamDipSettingResolver {
  @Query(() => CnamDipSettingConnection, {
    nullable: true,
    description:
      "Every active number of the account with whether incoming calls to it look up the caller's name, paginated; " +
      'ordered by number unless `sort` says otherwise.\n\nCarrier: /tnFeatureCnamDip.',
  })
  async cnamDipSettings(
    @Arg('sort', () => CnamDipSettingSort, { nullable: true, description: 'Sort order; default: by number, ascending.' })
    sort: CnamDipSettingSort | null,
    @PageArgsOf(CNAM_DIP_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<CnamDipSettingConnection> {
    const issues = new Issues();
    const order = { property: sort?.field ?? CnamDipSortField.TN, direction: sort?.direction ?? 'asc' } as const;
    const window = checkPageArgs(issues, { first, after }, CNAM_DIP_CONNECTION_LIMITS, 'cnamDipSettings', order);
    issues.throwIfAny();
    const read = await fetchWindow(
      window,
      (page) => ctx.loaders.reference.cnamDipPage.load({ page: { ...page, ...order } }),
      (setting) => setting.tn,
    );
    return toConnection(CnamDipSettingConnection, {
      ...read,
      items: read.items.map(({ node, cursor }) => ({
        node: Object.assign(new CnamDipSetting(), { tn: node.tn, enabled: node.cnamDip ?? null }),
        cursor,
      })),
    });
  }

  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description: 'The number with its full record (batched with every other number in the request).\n\nCarrier: /tnDetail.',
  })
  async telephoneNumber(@Root() setting: CnamDipSetting, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(setting.tn);
    return record ? toTelephoneNumber(record) : null;
  }
}
