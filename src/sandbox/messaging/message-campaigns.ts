/** /messageCampaigns (L2910): every campaign of the account. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { fail } from '../wire.js';
import { campaignsOf } from './campaign-state.js';

export const messageCampaigns = defineOperation({}, ({ state }) => {
  const { campaigns } = campaignsOf(state);
  // The example's text (L2975); the table says "No records found".
  if (campaigns.length === 0) return fail('430', 'No Result Found');
  return { status: 'Success', statusCode: '200', messageCampaignList: { messageCampaignItem: campaigns.map((c) => ({ ...c })) } };
});
