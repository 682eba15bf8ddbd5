/**
 * /tnMessagingCampaignList (L3131): every number with a campaign, in the example's shape
 * (`tnMessageCampaignList.tnMessageCampaignItem[]`, TNs as strings). The request is the key alone.
 */
import { defineOperation } from '../operation.js';
import { fail } from '../wire.js';
import { campaignsOf } from './campaign-state.js';

export const tnMessagingCampaignList = defineOperation({}, ({ state }) => {
  const entries = [...campaignsOf(state).assignments.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return fail('430', 'No Result Found');
  return {
    status: 'Success',
    statusCode: '200',
    tnMessageCampaignList: { tnMessageCampaignItem: entries.map(([tn, msgCampaignId]) => ({ tn, msgCampaignId })) },
  };
});
