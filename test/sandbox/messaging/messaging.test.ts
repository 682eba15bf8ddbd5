import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const campaign = (tnItem: J[], extra: J = {}) => h.call('tnMessagingCampaign', { tnCampaign: { ...extra, tnList: { tnItem } } });
const item = (tn: string, messaging: J) => ({ tn, tnFeature: { messaging } });

describe('/messageCampaigns', () => {
  it("lists the guide's example campaigns in its shape", async () => {
    const r = await h.call('messageCampaigns');
    expect(r['statusCode']).toBe('200');
    expect(r['messageCampaignList']['messageCampaignItem'][0]).toEqual({
      msgCampaignId: 'C696U7D',
      description: 'Waitlist Me',
      startDate: '2020-10-28T00:00:00.000Z',
      endDate: '9999-12-31T00:00:00.000Z',
      isBillable: 'N',
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'messageCampaigns', { msgCampaignId: 'C696U7D' });
  });
});

describe('/tnMessagingCampaign and /tnMessagingCampaignList', () => {
  it('assigns (orderId a string, as Example 1) and removes (orderId a number, as Example 2); the list follows', async () => {
    const assigned = await campaign([item('3123489651', { tnCampaign: 'CXFXN8B' }), item('3123489652', { messageCampaignId: 'CXFXN8B' })]);
    expect(assigned).toEqual({ status: 'Success', statusCode: '200', orderId: expect.any(String) });
    expect(await h.call('tnMessagingCampaignList')).toEqual({
      status: 'Success',
      statusCode: '200',
      tnMessageCampaignList: {
        tnMessageCampaignItem: [
          { tn: '2012151499', msgCampaignId: 'CLLOE4H' },
          { tn: '3123489651', msgCampaignId: 'CXFXN8B' },
          { tn: '3123489652', msgCampaignId: 'CXFXN8B' },
        ],
      },
    });
    const detail = await h.call('orderDetail', { orderId: Number(assigned['orderId']) });
    expect(detail['statusCode']).toBe('200');

    const removed = await campaign(['2012151499', '3123489651', '3123489652'].map((tn) => item(tn, { removeTnCampaign: 'Y' })));
    expect(removed).toEqual({ status: 'Success', statusCode: '200', orderId: expect.any(Number) });
    expect(await h.call('tnMessagingCampaignList')).toEqual({ status: 'No Result Found', statusCode: '430' });
  });

  it('answers 409 for a malformed TN, 432 for a number not In Service on the account, 414 for missing fields', async () => {
    expect(await campaign([item('23125182821', { tnCampaign: 'CXFXN8B' })])).toEqual({
      status: 'Invalid TN submitted:[23125182821]',
      statusCode: '409',
    });
    expect(await campaign([item('3184074100', { tnCampaign: 'CXFXN8B' })])).toEqual({ status: 'TN Excluded', statusCode: '432' });
    expect(await campaign([item('3123489651', {})])).toEqual({ status: 'Fields are Required: messageCampaignId', statusCode: '414' });
    expect(await h.call('tnMessagingCampaign', {})).toEqual({ status: 'Fields are Required: tnCampaign', statusCode: '414' });
  });

  it('answers 416 for a campaign the account does not have, and changes nothing', async () => {
    expect(await campaign([item('3123489651', { tnCampaign: 'CNOSUCH' })])).toEqual({
      status: 'Invalid Input Parameters: messageCampaignId CNOSUCH',
      statusCode: '416',
    });
    const list = await h.call('tnMessagingCampaignList');
    expect(list['tnMessageCampaignList']['tnMessageCampaignItem']).toHaveLength(1);
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnMessagingCampaign', { tnCampaign: { tnList: { tnItem: [item('3123489651', { campaignId: 'x' })] } } });
    await expectUnrecognized(h, 'tnMessagingCampaignList', { tn: '3123489651' });
  });
});

describe('/tnMessaging', () => {
  it('provisions messaging on an In Service number (it shows in /tnDetail) and removes it', async () => {
    const ok = await h.call('tnMessaging', {
      tn: '3123489651',
      messageClass: 'A2PLC',
      messageType: 'SMSMMS',
      netNumberId: '1234',
      altSpid: '1234',
    });
    expect(ok).toEqual({ statusCode: '200', status: 'Success' });
    expect((await h.detail('3123489651'))?.['tnFeature']?.['messaging']).toMatchObject({ messageClass: 'A2PLC', messageType: 'SMSMMS' });
    expect(await h.call('tnMessaging', { tn: '3123489651', removeMessaging: 'Y' })).toEqual({ statusCode: '200', status: 'Success' });
    expect((await h.detail('3123489651'))?.['tnFeature']?.['messaging'] ?? {}).not.toHaveProperty('messageClass');
  });

  it("answers the guide's two 425s", async () => {
    expect(await h.call('tnMessaging', { tn: '3184074100', messageClass: 'P2P', messageType: 'SMS' })).toEqual({
      statusCode: '425',
      status: 'Unable to provision messaging for this TN. Please contact Inteliquent messaging team.',
    });
    await h.call('tnMessaging', { tn: '3123489651', removeMessaging: 'Y' });
    expect(await h.call('tnMessaging', { tn: '3123489651', removeMessaging: 'Y' })).toEqual({
      statusCode: '425',
      status: 'Unable to remove messaging for this TN. Please contact Inteliquent messaging team.',
    });
  });

  it('answers 414 for a missing field and 416 for a value outside the enums', async () => {
    expect(await h.call('tnMessaging', { tn: '3123489651', messageType: 'SMS' })).toEqual({
      statusCode: '414',
      status: 'Fields are Required: messageClass',
    });
    expect(await h.call('tnMessaging', { tn: '3123489651', messageClass: 'P2P', messageType: 'RCS' })).toEqual({
      statusCode: '416',
      status: 'Invalid Input Parameters: messageType RCS',
    });
    await expectUnrecognized(h, 'tnMessaging', { tn: '3123489651', messageclass: 'P2P' });
  });
});
