/**
 * /tnMessagingCampaignList (L3131): every number with a campaign, in one call; no filter, no paging
 * (read; 430 is []). The response table copies /messageCampaigns; the example's
 * `tnMessageCampaignList.tnMessageCampaignItem[].{tn, msgCampaignId}` is the only shape that names
 * numbers, so it is the one read.
 */
import { defineOperation } from '../define.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import type { CampaignAssignment } from './campaigns.js';

export const tnMessagingCampaignList = defineOperation({
  name: 'tnMessagingCampaignList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tnMessageCampaignList: wrappedList('tnMessageCampaignItem', record({ tn, msgCampaignId: text })) }),
  map: (wire): CampaignAssignment[] =>
    wire.tnMessageCampaignList.flatMap((w) => (w.msgCampaignId === undefined ? [] : [{ tn: w.tn, campaignId: w.msgCampaignId }])),
  notFound: { empty: () => [] },
});
