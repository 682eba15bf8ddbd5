import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

const items = (r: Record<string, any>) => r['tfFeatureList']['tfFeatureItem'];

describe('tfFeatureOrder', () => {
  it('adds and removes features when the order closes; refused numbers in status', async () => {
    const r = await h.call('tfFeatureOrder', {
      tfFeatureOrder: {
        customerOrderReference: 'TestOrder04',
        tnList: {
          tnItem: [
            { tn: 8002012311, tnFeature: { callerId: { removeTnFeature: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'MMS' } } },
            { tn: 8002012314, tnFeature: { callerId: { callingName: 'caller name' } } },
            { tn: 3124795863, tnFeature: { callerId: { callingName: 'caller name' } } },
          ],
        },
      },
    });
    expect(r).toEqual({
      status: '{2=[3124795863 TN is not assigned to your account]}',
      statusCode: '200',
      orderId: expect.stringMatching(/^\d+$/),
    });
    expect(items(await h.call('tfFeatureCNamList')).map((i: { tn: number }) => i.tn)).toContain(8002012311);
    await h.advance(30_000);
    const names = items(await h.call('tfFeatureCNamList'));
    expect(names).toContainEqual({ tn: 8002012314, callingName: 'caller name' });
    expect(names.map((i: { tn: number }) => i.tn)).not.toContain(8002012311);
    expect(items(await h.call('tfFeatureMessageList'))).toContainEqual({ tn: 8002012311, messageClass: 'P2P', messageType: 'MMS' });
  });

  it('requires tnFeature and checks messaging values', async () => {
    expect(await h.call('tfFeatureOrder', { tfFeatureOrder: { tnList: { tnItem: [{ tn: 8002012311 }] } } })).toEqual({
      status: 'Fields are Required: tnFeature',
      statusCode: '414',
    });
    const bad = await h.call('tfFeatureOrder', {
      tfFeatureOrder: { tnList: { tnItem: [{ tn: 8002012311, tnFeature: { messaging: { messageClass: 'X' } } }] } },
    });
    expect(bad).toEqual({ status: 'Invalid Input Parameters: messageClass must be P2P, A2PLC or A2P8XX', statusCode: '416' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfFeatureOrder', {
      tfFeatureOrder: { tnList: { tnItem: [{ tn: 8002012311, tnFeature: { directoryListing: {} } }] } },
    });
  });
});

describe('feature lists', () => {
  it("list the seeded numbers in the guide's shapes", async () => {
    expect(items(await h.call('tfFeatureCNamList'))).toEqual([
      { tn: 8002012311, callingName: 'Harry Fuzz' },
      { tn: 8002012312, callingName: 'ACME SUPPORT' },
    ]);
    expect(items(await h.call('tfFeatureMessageList'))).toEqual([
      { tn: 8002012311, messageClass: 'P2P', messageType: 'SMS' },
      { tn: 8002012313, messageClass: 'A2P8XX', messageType: 'SMSMMS', netNumberId: '1234' },
    ]);
    const e911 = items(await h.call('tfFeatureE911List', { tnMask: '800xxxxxxx' }));
    expect(e911.map((i: { tn: number }) => i.tn)).toEqual([8002012311, 8002012314]);
    expect(e911[0]).toMatchObject({ name: 'James Holden', origStreetNum: '550', enhStreetNum: '', enhPostalCode: '' });
  });

  it('E911 list: the 11-x mask of the guide reads as all; a mask matching nothing is 430', async () => {
    expect(items(await h.call('tfFeatureE911List', { tnMask: 'xxxxxxxxxxx' }))).toHaveLength(2);
    expect(await h.call('tfFeatureE911List', { tnMask: '888xxxxxxx' })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it("refuse an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfFeatureCNamList', { tnMask: 'xxxxxxxxxx' });
    await expectUnrecognized(h, 'tfFeatureMessageList', { tnMask: 'xxxxxxxxxx' });
    await expectUnrecognized(h, 'tfFeatureE911List', { tn: 8002012311 });
  });
});
