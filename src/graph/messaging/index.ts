/** The messaging domain: campaigns, their numbers, and messaging on a number. */
import DataLoader from 'dataloader';
import type { CampaignAssignment, MessagingCampaignRecord } from '../../upstream/messaging/campaigns.js';
import { defineDomain } from '../common/domain-module.js';
import type { LoaderDeps } from '../common/context.js';
import { toMessagingCampaign } from './campaign.mapper.js';
import { MessagingCampaignResolver } from './campaigns.resolver.js';
import { CampaignMutationResolver } from './campaign.mutations.js';
import {
  MessagingMutationResolver,
  TelephoneNumberMessagingFieldResolver,
  TelephoneNumberMessagingResolver,
} from './messaging.resolver.js';

/** Both lists take no key: each is read at most once per request, then indexed. */
export interface MessagingLoaders {
  campaigns: DataLoader<string, Map<string, MessagingCampaignRecord>>;
  /** tn → campaign id. */
  assignments: DataLoader<string, Map<string, string>>;
}

declare module '../common/context.js' {
  interface GatewayLoaders {
    messaging: MessagingLoaders;
  }
}

const once = <T>(load: () => Promise<T>) =>
  new DataLoader<string, T>(async (keys) => {
    try {
      const all = await load();
      return keys.map(() => all);
    } catch (error) {
      return keys.map(() => error as Error);
    }
  });

export const messagingDomain = defineDomain({
  name: 'messaging',
  resolvers: [
    MessagingCampaignResolver,
    CampaignMutationResolver,
    MessagingMutationResolver,
    TelephoneNumberMessagingResolver,
    TelephoneNumberMessagingFieldResolver,
  ],
  orphanedTypes: [],
  references: {
    MessagingCampaign: async (ref, ctx) => {
      const found = (await ctx.loaders.messaging.campaigns.load('all')).get(String(ref['campaignId']));
      return found ? toMessagingCampaign(found) : null;
    },
  },
  nodeKeys: { MessagingCampaign: 'campaignId' },
  cacheTtlMs: {},
  createLoaders: ({ api }: LoaderDeps) => ({
    campaigns: once(async () => new Map((await api.messaging.messageCampaigns()).map((c) => [c.campaignId, c]))),
    assignments: once(
      async () => new Map((await api.messaging.tnMessagingCampaignList()).map((a: CampaignAssignment) => [a.tn, a.campaignId])),
    ),
  }),
  invalidates: {
    TelephoneNumber: (_tns, { loaders }) => {
      loaders.messaging.assignments.clearAll();
    },
  },
});
