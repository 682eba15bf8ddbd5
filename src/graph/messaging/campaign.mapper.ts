/** Carrier campaign records → graph types. */
import type { MessagingCampaignRecord } from '../../upstream/messaging/campaigns.js';
import { MessagingCampaign } from './messaging.types.js';

export function toMessagingCampaign(record: MessagingCampaignRecord): MessagingCampaign {
  return Object.assign(new MessagingCampaign(), {
    campaignId: record.campaignId,
    description: record.description ?? null,
    startsAt: record.startDate?.instant ?? null,
    endsAt: record.endDate?.instant ?? null,
    billable: record.billable ?? null,
  });
}

/** A campaign a number names that the campaign list does not (yet) show: only its id is known. */
export function unlistedCampaign(campaignId: string): MessagingCampaign {
  return Object.assign(new MessagingCampaign(), { campaignId, description: null, startsAt: null, endsAt: null, billable: null });
}
