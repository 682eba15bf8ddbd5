/**
 * /tnMessagingCampaign (L2984): assign a campaign to numbers or remove theirs. The campaign id is
 * accepted under the table's `messageCampaignId` and the examples' `tnCampaign`. The whole request
 * is refused on the first bad number (409, or 432 "TN Excluded" for a number not In Service on the
 * account): the per-number details of 425/432 are not documented. A change applies at once and is
 * recorded as a feature order in the shared order store, so /orderDetail finds it.
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import type { SandboxState } from '../store.js';
import { createTollFreeOrder } from '../toll-free/state.js';
import { fail, invalid, isObject, isReply, readItems, readStr, readTn, required, type Json, type Reply } from '../wire.js';
import { campaignsOf } from './campaign-state.js';

const REQUEST = {
  tnCampaign: {
    customerOrderReference: ANY,
    tnList: { tnItem: { tn: ANY, tnFeature: { messaging: { messageCampaignId: ANY, tnCampaign: ANY, removeTnCampaign: ANY } } } },
  },
} as const;

/** No cap is documented; the carrier validates up to 100 numbers at once elsewhere. */
const MAX_TNS = 100;

interface Change {
  tn: string;
  campaignId: string | null;
}

function readChange(state: SandboxState, item: Json): Change | Reply {
  if (item['tn'] === undefined || item['tn'] === '') return required('tn');
  const tn = readTn(item['tn']);
  if (!tn) return fail('409', `Invalid TN submitted:[${String(item['tn'])}]`);
  const feature = item['tnFeature'];
  const messaging = isObject(feature) ? feature['messaging'] : undefined;
  if (!isObject(messaging)) return required('tnFeature.messaging');
  if (readStr(messaging['removeTnCampaign'])?.toUpperCase() === 'Y') return { tn, campaignId: null };
  const campaignId = readStr(messaging['messageCampaignId']) ?? readStr(messaging['tnCampaign']);
  if (!campaignId) return required('messageCampaignId');
  if (!campaignsOf(state).campaigns.some((c) => c.msgCampaignId === campaignId)) return invalid(`messageCampaignId ${campaignId}`);
  return { tn, campaignId };
}

export const tnMessagingCampaign = defineOperation(REQUEST, ({ state, now }, body) => {
  const wrapper = body['tnCampaign'];
  if (!isObject(wrapper)) return required('tnCampaign');
  const items = readItems(wrapper);
  if (!items || items.length === 0) return required('tnCampaign.tnList.tnItem');
  if (items.length > MAX_TNS) return fail('421', 'Too Many TNs specified in the request');
  const changes: Change[] = [];
  for (const item of items) {
    const change = readChange(state, item);
    if (isReply(change)) return change;
    if (state.assigned.get(change.tn)?.status !== 'In Service') return fail('432', 'TN Excluded');
    changes.push(change);
  }
  const { assignments } = campaignsOf(state);
  for (const c of changes) {
    if (c.campaignId === null) assignments.delete(c.tn);
    else assignments.set(c.tn, c.campaignId);
  }
  const order = createTollFreeOrder(
    state,
    now,
    'FEATURE',
    changes.map((c) => ({ tn: c.tn })),
    readStr(wrapper['customerOrderReference']) ?? '',
  );
  // The examples' quirk: an assignment answers the orderId as a string (L3062), a removal as a number (L3118).
  const removalOnly = changes.every((c) => c.campaignId === null);
  return { status: 'Success', statusCode: '200', orderId: removalOnly ? order.id : String(order.id) };
});
