import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items, type J } from '../helpers.js';

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

const search = (tnSearchItem: J[], pageSort?: J) =>
  h.call('tnDetail', { tnSearchList: { tnSearchItem }, ...(pageSort ? { pageSort } : {}) });
const featureOrder = (tnItem: J[], extra: J = {}) => h.call('tnFeatureOrder', { tnFeatureOrder: { ...extra, tnList: { tnItem } } });
const E911 = {
  name: 'Hope Trope',
  origStreetNum: '550',
  origStreetInfo: 'W Adams St',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60661',
};

describe('tnFeatureOrder', () => {
  it('tnFeatureOrder adds, updates and removes features', async () => {
    const r = await h.call('tnFeatureOrder', {
      tnFeatureOrder: {
        customerOrderReference: 'TestOrder04',
        tnList: {
          tnItem: [
            {
              tn: 3124795862,
              endUser: { name: 'Harry Fuzz', typeOfService: 'R' },
              tnFeature: {
                callerId: { callingName: 'Harry Fuzz' },
                messaging: { messageClass: 'P2P', messageType: 'SMS' },
                directoryListing: { lastName: 'Fuzz', firstName: 'Harry' },
              },
            },
            { tn: 3124795863, tnFeature: { callerId: { callingName: 'X'.repeat(16) } } },
          ],
        },
      },
    });
    expect(r.status).toBe('{1=[3124795863 callingName must be 15 characters or fewer and have at least 1 alpha character]}');
    expect(r.orderId).toMatch(/^\d+$/);
    await h.advance(10_000 + 3_000);
    const d = await h.detail('3124795862');
    expect(d!.tnFeature).toMatchObject({
      callerId: { callingName: 'Harry Fuzz' },
      messaging: { messageClass: 'P2P', messageType: 'SMS' },
      directoryListing: { lastName: 'Fuzz', firstName: 'Harry' },
    });
    expect(d!.endUser).toMatchObject({ name: 'Harry Fuzz', typeOfService: 'R' });
    const found = await search([{ tnMask: '3124795862', callingNameContains: 'fuzz', messaging: 'Y', messageType: 'SMS' }]);
    expect(found.tnList.tnItem).toHaveLength(1);

    await h.call('tnFeatureOrder', {
      tnFeatureOrder: items([3124795862], {
        tnFeature: { callerId: { removeTnFeature: 'Y' }, directoryListing: { removeTnFeature: 'Y' } },
      }),
    });
    await h.advance(13_000);
    const after = await h.detail('3124795862');
    expect(after!.tnFeature.callerId.callingName).toBeUndefined();
    expect(after!.tnFeature.directoryListing).toEqual({});
    expect(after!.tnFeature.messaging.messageClass).toBe('P2P');
  });

  it('applies the limits to /tnFeatureOrder too, but not to a block being removed', async () => {
    const r = await featureOrder([
      { tn: 3124795862, endUser: { streetPreDir: 'NNW' }, tnFeature: { callerId: { cnamDip: 'Y' } } },
      { tn: 3124795863, tnFeature: { directoryListing: { removeTnFeature: 'Y', lastName: 'L'.repeat(60) } } },
    ]);
    expect(r.status).toBe('{0=[3124795862 Character limit is exceeded for:endUser.streetPreDir (maximum 2)]}');
    expect(r.orderId).toMatch(/^\d+$/);
  });

  it("/tnFeatureOrder accepts a partial E911 or messaging change and merges it into the number's features", async () => {
    await featureOrder([{ tn: 3124795862, tnFeature: { e911: E911, messaging: { messageClass: 'P2P', messageType: 'SMS' } } }]);
    await h.advance(13_000);
    const r = await featureOrder([
      { tn: 3124795862, tnFeature: { e911: { origLocation: 'Suite 900' }, messaging: { messageType: 'MMS' } } },
    ]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    await h.advance(13_000);
    const d = await h.detail('3124795862');
    expect(d!.tnFeature.e911).toEqual({ ...E911, origLocation: 'Suite 900' });
    expect(d!.tnFeature.messaging).toEqual({ messageClass: 'P2P', messageType: 'MMS' });
  });

  it('/tnFeatureOrder still checks the values it is sent', async () => {
    const r = await featureOrder([
      { tn: 3124795862, tnFeature: { messaging: { messageClass: 'A2P' } } },
      { tn: 3124795863, tnFeature: { messaging: { messageType: 'FAX' } } },
    ]);
    expect(r).toEqual({
      status:
        '{0=[3124795862 Invalid messageClass; acceptable values are P2P, A2PLC, and A2P8XX], ' +
        '1=[3124795863 Invalid messageType; acceptable values are SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT and SMSMMS_ALT]}',
      statusCode: '200',
      orderId: 'null',
    });
  });

  it("refuses an unknown field, at the top, in a tnItem or in a feature, with the guide's 400 and creates no order", async () => {
    await expectUnrecognized(h, 'tnFeatureOrder', {
      tnFeatureOrder: items([3124795862], { tnFeature: { callerId: { cnamDip: 'Y' } } }),
      tnList: { tnItem: [] },
    });
    await expectUnrecognized(h, 'tnFeatureOrder', {
      tnFeatureOrder: items([3124795862], { tnFeature: { callerId: { callerName: 'ACME' } } }),
    });
    await expectUnrecognized(h, 'tnFeatureOrder', { tnFeatureOrder: items([3124795862], { endUser: { zip: '60661' }, tnFeature: {} }) });
    expect(await h.call('orderList', { orderStatus: 'INCOMPLT' })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it('accepts removeTnFeature in every feature (L1976–L2010)', async () => {
    const remove = { removeTnFeature: 'Y' };
    const r = await featureOrder([
      { tn: 3124795862, tnFeature: { callerId: remove, directoryListing: remove, e911: remove, messaging: remove } },
    ]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
  });
});
