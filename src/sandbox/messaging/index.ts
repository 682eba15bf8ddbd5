import { defineSandboxDomain } from '../domain.js';
import { messageCampaigns } from './message-campaigns.js';
import { tnMessaging } from './tn-messaging.js';
import { tnMessagingCampaign } from './tn-messaging-campaign.js';
import { tnMessagingCampaignList } from './tn-messaging-campaign-list.js';

export const messaging = defineSandboxDomain({
  name: 'messaging',
  operations: { tnMessaging, messageCampaigns, tnMessagingCampaign, tnMessagingCampaignList },
});
