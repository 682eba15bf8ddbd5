/** The messaging operations: messaging on a number, campaigns and their assignment; one line per operation. */
import { defineDomain } from '../domain.js';
import { messageCampaigns } from './message-campaigns.js';
import { tnMessaging } from './tn-messaging.js';
import { tnMessagingCampaign } from './tn-messaging-campaign.js';
import { tnMessagingCampaignList } from './tn-messaging-campaign-list.js';

export const messaging = defineDomain(tnMessaging, messageCampaigns, tnMessagingCampaign, tnMessagingCampaignList);
