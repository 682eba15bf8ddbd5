/** messagingCampaigns, and each campaign's numbers. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import { checkPageArgs, fetchWindow, pagesOf, PAGE_LIMITS, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { PageArgsOf } from '../common/page-args.js';
import { Issues } from '../common/validation.js';
import { TelephoneNumberConnection } from '../numbers/inventory.type.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { toMessagingCampaign } from './campaign.mapper.js';
import { MessagingCampaign, MessagingCampaignConnection } from './messaging.types.js';

const ALL = 'all';

@Resolver(() => MessagingCampaign)
export class MessagingCampaignResolver {
  @Query(() => MessagingCampaignConnection, {
    nullable: true,
    description: describe('The messaging campaigns registered for the account, ordered by campaign id.', '/messageCampaigns'),
  })
  async messagingCampaigns(@PageArgsOf() { first, after }: PageArgs, @Ctx() ctx: GatewayContext): Promise<MessagingCampaignConnection> {
    const issues = new Issues();
    const window = checkPageArgs(issues, { first, after }, PAGE_LIMITS, 'messagingCampaigns', 'campaignId');
    issues.throwIfAny();
    const all = [...(await ctx.loaders.messaging.campaigns.load(ALL)).values()].sort((a, b) => a.campaignId.localeCompare(b.campaignId));
    const read = await fetchWindow(window, pagesOf(all.map(toMessagingCampaign)), (c) => c.campaignId);
    return toConnection(MessagingCampaignConnection, read);
  }

  @FieldResolver(() => TelephoneNumberConnection, {
    description: describe(
      'The numbers the campaign is assigned to, ordered by number. The account-wide assignment list is read once per request; ' +
        "the page's numbers are read in one batch with every other number in the request.",
      '/tnMessagingCampaignList',
      '/tnDetail',
    ),
  })
  async telephoneNumbers(
    @Root() campaign: MessagingCampaign,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TelephoneNumberConnection> {
    const issues = new Issues();
    const window = checkPageArgs(issues, { first, after }, PAGE_LIMITS, 'MessagingCampaign.telephoneNumbers', campaign.campaignId);
    issues.throwIfAny();
    const assignments = await ctx.loaders.messaging.assignments.load(ALL);
    const tns = [...assignments].filter(([, id]) => id === campaign.campaignId).map(([tn]) => tn);
    tns.sort();
    const read = await fetchWindow(window, pagesOf(tns), (tn) => tn);
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(read.items.map(({ node }) => node));
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    // A number the carrier no longer shows (disconnected since) is left out of the page.
    const items = read.items.flatMap(({ cursor }, i) => {
      const record = records[i] as TelephoneNumberRecord | null;
      return record ? [{ node: toTelephoneNumber(record), cursor }] : [];
    });
    return toConnection(TelephoneNumberConnection, { ...read, items });
  }
}
