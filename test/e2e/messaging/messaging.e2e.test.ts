/** End-to-end: messaging campaigns and messaging on a number, with the upstream calls counted in the sandbox's call log. */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

type Numbers = { nodes: { tn: string }[] };

async function twentyNumbers(): Promise<string[]> {
  const data = ok(
    await stack.gql<{ telephoneNumbers: Numbers }>(`{ telephoneNumbers(filter: { tnMask: "xxxxxxxxxx" }, first: 21) { nodes { tn } } }`),
  );
  // 2012151499 keeps its seeded campaign (CLLOE4H), so the listing below shows two campaigns' numbers.
  const tns = data.telephoneNumbers.nodes
    .map((n) => n.tn)
    .filter((tn) => tn !== '2012151499')
    .slice(0, 20);
  expect(tns).toHaveLength(20);
  return tns;
}

describe('assign a campaign to 20 numbers, then list its numbers', () => {
  it('one /tnMessagingCampaign call for the 20; the listing costs one list read and one /tnDetail batch', async () => {
    const tns = await twentyNumbers();
    await stack.control.clearCalls();
    const assigned = ok(
      await stack.gql(
        `mutation($numbers: [TN!]!) { assignMessagingCampaign(input: { campaignId: "CXFXN8B", numbers: $numbers }) {
          orderId userErrors { path code message } campaign { campaignId description } } }`,
        { numbers: tns },
      ),
    );
    expect(assigned['assignMessagingCampaign']).toEqual({
      orderId: expect.stringMatching(/^\d+$/),
      userErrors: [],
      campaign: { campaignId: 'CXFXN8B', description: 'Customer Care Notifications of construction progress' },
    });
    expect(await stack.control.servicesCalls('tnMessagingCampaign')).toHaveLength(1);

    await stack.control.clearCalls();
    const listed = ok(
      await stack.gql(`{ messagingCampaigns { totalCount nodes { campaignId telephoneNumbers(first: 50) {
        totalCount nodes { tn status messaging { messageClass campaign { campaignId } } } } } } }`),
    );
    const campaigns = listed['messagingCampaigns'].nodes as { campaignId: string; telephoneNumbers: { totalCount: number; nodes: J[] } }[];
    const cxf = campaigns.find((c) => c.campaignId === 'CXFXN8B')!;
    expect(cxf.telephoneNumbers.totalCount).toBe(20);
    expect(cxf.telephoneNumbers.nodes.map((n) => n['tn'])).toEqual([...tns].sort());
    expect(cxf.telephoneNumbers.nodes.every((n) => n['messaging'].campaign.campaignId === 'CXFXN8B')).toBe(true);
    expect(campaigns.find((c) => c.campaignId === 'CLLOE4H')!.telephoneNumbers.nodes.map((n) => n['tn'])).toEqual(['2012151499']);
    // Three campaigns and 21 numbers: each list once, and one /tnDetail call for every number of every campaign.
    expect(await stack.control.servicesCalls('messageCampaigns')).toHaveLength(1);
    expect(await stack.control.servicesCalls('tnMessagingCampaignList')).toHaveLength(1);
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);
  });

  it('removeMessagingCampaign takes the numbers out in one call', async () => {
    const data = ok(
      await stack.gql(
        `mutation { removeMessagingCampaign(input: { numbers: ["2012151499"], customerOrderReference: "Rm1" }) { orderId userErrors { code } } }`,
      ),
    );
    expect(data['removeMessagingCampaign']).toEqual({ orderId: expect.stringMatching(/^\d+$/), userErrors: [] });
    const [call] = await stack.control.servicesCalls('tnMessagingCampaign');
    expect(call!.body).toMatchObject({
      tnCampaign: {
        customerOrderReference: 'Rm1',
        tnList: { tnItem: [{ tn: '2012151499', tnFeature: { messaging: { removeTnCampaign: 'Y' } } }] },
      },
    });
    const after = ok(await stack.gql(`{ telephoneNumber(tn: "2012151499") { messaging { campaign { campaignId } } } }`));
    expect(after['telephoneNumber'].messaging).toBeNull();
  });
});

describe('bad input is refused before any call', () => {
  it('a malformed campaign id, an empty list and a duplicate number are userErrors with paths', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { assignMessagingCampaign(input: { campaignId: "cxfxn8b", numbers: ["3123489651", "3123489651"] }) {
        orderId userErrors { path code } } }`),
    );
    expect(ok(res)['assignMessagingCampaign']).toEqual({
      orderId: null,
      userErrors: [
        { path: ['input', 'campaignId'], code: 'INVALID' },
        { path: ['input', 'numbers', '1'], code: 'DUPLICATE' },
      ],
    });
    const empty = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { removeMessagingCampaign(input: { numbers: [] }) { userErrors { path code } } }`),
    );
    expect(ok(empty)['removeMessagingCampaign'].userErrors).toEqual([{ path: ['input', 'numbers'], code: 'REQUIRED' }]);
  });

  it('an unknown messaging class never reaches the carrier (the enum refuses it)', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { updateMessaging(input: { tn: "3123489651", messageClass: RCS, messageType: SMS }) { userErrors { code } } }`),
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the carrier refusing', () => {
  it('a number not In Service is a WRONG_STATUS userError; a campaign the account lacks is INVALID at campaignId', async () => {
    const excluded = ok(
      await stack.gql(
        `mutation { assignMessagingCampaign(input: { campaignId: "CXFXN8B", numbers: ["3184074100"] }) { orderId userErrors { path code message } } }`,
      ),
    );
    expect(excluded['assignMessagingCampaign']).toEqual({
      orderId: null,
      userErrors: [{ path: ['input', 'numbers'], code: 'WRONG_STATUS', message: 'The carrier refused the change: TN Excluded' }],
    });
    const unknown = ok(
      await stack.gql(
        `mutation { assignMessagingCampaign(input: { campaignId: "CNOSUCH", numbers: ["3123489651"] }) { userErrors { path code } } }`,
      ),
    );
    expect(unknown['assignMessagingCampaign'].userErrors).toEqual([{ path: ['input', 'campaignId'], code: 'INVALID' }]);
  });
});

describe('updateMessaging', () => {
  it('enables messaging on one number in one call and returns the number as it is now', async () => {
    const data = ok(
      await stack.gql(`mutation { updateMessaging(input: { tn: "3123489651", messageClass: A2PLC, messageType: SMSMMS }) {
        userErrors { code } telephoneNumber { tn messaging { messageClass messageType } } } }`),
    );
    expect(data['updateMessaging']).toEqual({
      userErrors: [],
      telephoneNumber: { tn: '3123489651', messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' } },
    });
    const [call] = await stack.control.servicesCalls('tnMessaging');
    expect(call!.body).toMatchObject({ tn: '3123489651', messageClass: 'A2PLC', messageType: 'SMSMMS' });
    expect(await stack.control.servicesCalls('tnMessaging')).toHaveLength(1);
  });

  it('class and type with remove is a CONFLICT; the carrier refusing is REJECTED at tn', async () => {
    const conflict = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { updateMessaging(input: { tn: "3123489651", messageClass: P2P, remove: true }) { userErrors { path code } } }`),
    );
    expect(ok(conflict)['updateMessaging'].userErrors).toEqual([{ path: ['input', 'remove'], code: 'CONFLICT' }]);
    const refused = ok(
      await stack.gql(
        `mutation { updateMessaging(input: { tn: "3184074100", messageClass: P2P, messageType: SMS }) { userErrors { path code message } } }`,
      ),
    );
    expect(refused['updateMessaging'].userErrors).toEqual([
      {
        path: ['input', 'tn'],
        code: 'REJECTED',
        message: 'The carrier refused the change: Unable to provision messaging for this TN. Please contact Inteliquent messaging team.',
      },
    ]);
  });
});

type J = Record<string, any>;
