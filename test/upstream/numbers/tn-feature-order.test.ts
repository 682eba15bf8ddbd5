import { describe, expect, it } from 'vitest';
import { tnFeatureOrder } from '../../../src/upstream/numbers/tn-feature-order.js';

describe('request builders emit what the guide examples emit', () => {
  it('/tnFeatureOrder: wrapper, removals as removeTnFeature "Y"', () => {
    expect(
      tnFeatureOrder.request({
        items: [
          {
            tn: '3124795862',
            endUser: { name: 'Harry Fuzz', streetNum: '123', streetName: 'Michigan', streetType: 'Ave', typeOfService: 'RESIDENCE' },
            features: { callerId: { callingName: 'Harry Fuzz' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
          },
          { tn: '3124795863', features: {}, remove: { directoryListing: true } },
        ],
        customerOrderReference: 'TestOrder04',
      }),
    ).toEqual({
      tnFeatureOrder: {
        customerOrderReference: 'TestOrder04',
        tnList: {
          tnItem: [
            {
              tn: 3124795862,
              endUser: { name: 'Harry Fuzz', streetNum: '123', streetName: 'Michigan', streetType: 'Ave', typeOfService: 'R' },
              tnFeature: { callerId: { callingName: 'Harry Fuzz' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
            },
            { tn: 3124795863, tnFeature: { directoryListing: { removeTnFeature: 'Y' } } },
          ],
        },
      },
    });
  });
});
