import { describe, expect, it } from 'vitest';
import { messageCampaigns } from '../../../src/upstream/messaging/message-campaigns.js';
import { tnMessaging } from '../../../src/upstream/messaging/tn-messaging.js';
import { tnMessagingCampaign } from '../../../src/upstream/messaging/tn-messaging-campaign.js';
import { tnMessagingCampaignList } from '../../../src/upstream/messaging/tn-messaging-campaign-list.js';

describe('messaging campaigns over the guide examples', () => {
  it('/messageCampaigns reads the example (L2940); the 9999-12-31 end date is "no end"', () => {
    const example = {
      status: 'Success',
      statusCode: '200',
      messageCampaignList: {
        messageCampaignItem: [
          {
            msgCampaignId: 'C696U7D',
            description: 'Waitlist Me',
            startDate: '2020-10-28T00:00:00.000Z',
            endDate: '9999-12-31T00:00:00.000Z',
            isBillable: 'N',
          },
          {
            msgCampaignId: 'CXFXN8B',
            description: 'Customer Care Notifications of construction progress',
            startDate: '2021-02-17T00:00:00.000Z',
            endDate: '2030-12-31T00:00:00.000Z',
            isBillable: 'Y',
          },
        ],
      },
    };
    expect(messageCampaigns.parse(example)).toEqual([
      {
        campaignId: 'C696U7D',
        description: 'Waitlist Me',
        startDate: { date: '2020-10-28', instant: '2020-10-28T00:00:00.000Z' },
        billable: false,
      },
      {
        campaignId: 'CXFXN8B',
        description: 'Customer Care Notifications of construction progress',
        startDate: { date: '2021-02-17', instant: '2021-02-17T00:00:00.000Z' },
        endDate: { date: '2030-12-31', instant: '2030-12-31T00:00:00.000Z' },
        billable: true,
      },
    ]);
  });

  it("/tnMessagingCampaignList reads the example's tnMessageCampaignList (L3175)", () => {
    const example = {
      status: 'Success',
      statusCode: '200',
      tnMessageCampaignList: {
        tnMessageCampaignItem: [
          { tn: '2062788473', msgCampaignId: 'CLLOE4H' },
          { tn: '2062788474', msgCampaignId: 'CLLOE4H' },
        ],
      },
    };
    expect(tnMessagingCampaignList.parse(example)).toEqual([
      { tn: '2062788473', campaignId: 'CLLOE4H' },
      { tn: '2062788474', campaignId: 'CLLOE4H' },
    ]);
  });

  it("/tnMessagingCampaign sends the examples' shape (tnCampaign) and reads both orderId forms", () => {
    const assign = { action: 'assign' as const, campaignId: 'CXFXN8B', tns: ['2312518282', '6142959262'] };
    expect(tnMessagingCampaign.request(assign)).toEqual({
      tnCampaign: {
        tnList: {
          tnItem: [
            { tn: '2312518282', tnFeature: { messaging: { tnCampaign: 'CXFXN8B' } } },
            { tn: '6142959262', tnFeature: { messaging: { tnCampaign: 'CXFXN8B' } } },
          ],
        },
      },
    });
    expect(tnMessagingCampaign.parse({ status: 'Success', statusCode: '200', orderId: '14753748' }, assign)).toEqual({
      orderId: '14753748',
    });
    const remove = { action: 'remove' as const, tns: ['2312518282'], customerOrderReference: 'Ref1' };
    expect(tnMessagingCampaign.request(remove)).toEqual({
      tnCampaign: {
        customerOrderReference: 'Ref1',
        tnList: { tnItem: [{ tn: '2312518282', tnFeature: { messaging: { removeTnCampaign: 'Y' } } }] },
      },
    });
    expect(tnMessagingCampaign.parse({ status: 'Success', statusCode: '200', orderId: 14753748 }, remove)).toEqual({ orderId: '14753748' });
  });

  it('/tnMessaging sends one number, or removeMessaging Y (L4480, L4515)', () => {
    expect(tnMessaging.request({ tn: '3123488246', messageClass: 'P2P', messageType: 'SMS', netNumberId: '1234' })).toEqual({
      tn: '3123488246',
      messageClass: 'P2P',
      messageType: 'SMS',
      netNumberId: '1234',
    });
    expect(tnMessaging.request({ tn: '3123488246', remove: true })).toEqual({ tn: '3123488246', removeMessaging: 'Y' });
    expect(tnMessaging.parse({ statusCode: '200', status: 'Success' }, { tn: '3123488246', remove: true })).toEqual({ done: true });
    expect(() => tnMessaging.request({ tn: '312', remove: true })).toThrow(/ten-digit/);
  });
});
