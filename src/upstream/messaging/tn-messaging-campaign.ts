/**
 * /tnMessagingCampaign (L2984): assign a campaign to numbers, or remove theirs (write). The campaign
 * id goes as `tnCampaign`, the name both examples send (the table says `messageCampaignId`).
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, invalidInput } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { orderId, record } from '../wire/schema.js';
import type { CampaignChange } from './campaigns.js';

function tnItem(change: CampaignChange, tn: string) {
  const messaging = change.action === 'assign' ? { tnCampaign: change.campaignId } : { removeTnCampaign: 'Y' };
  return { tn: inputTn('tnMessagingCampaign', tn), tnFeature: { messaging } };
}

export const tnMessagingCampaign = defineOperation({
  name: 'tnMessagingCampaign',
  kind: 'write',
  request: (change: CampaignChange) => {
    if (change.tns.length === 0) throw invalidInput('tnMessagingCampaign', 'At least one number is required.');
    return {
      tnCampaign: compact({
        customerOrderReference: change.customerOrderReference,
        tnList: { tnItem: change.tns.map((tn) => tnItem(change, tn)) },
      }),
    };
  },
  // orderId: a string in Example 1, a number in Example 2.
  response: record({ orderId }),
  map: (wire) => ({ orderId: wire.orderId }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
