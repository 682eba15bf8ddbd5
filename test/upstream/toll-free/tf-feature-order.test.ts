import { describe, expect, it } from 'vitest';
import { tfFeatureOrder } from '../../../src/upstream/toll-free/tf-feature-order.js';

describe('/tfFeatureOrder', () => {
  it("sends the guide's example (its two items repaired into one list)", () => {
    const input = {
      customerOrderReference: 'TestOrder04',
      items: [
        { tn: '8002012311', remove: { callerId: true }, set: { messaging: { messageClass: 'P2P' as const, messageType: 'SMS' as const } } },
        {
          tn: '8002012312',
          set: { callerId: { callingName: 'caller name' }, e911: { name: 'James Holden', streetNumber: '550', city: 'Chicago' } },
        },
      ],
    };
    expect(tfFeatureOrder.request(input)).toEqual({
      tfFeatureOrder: {
        customerOrderReference: 'TestOrder04',
        tnList: {
          tnItem: [
            { tn: 8002012311, tnFeature: { callerId: { removeTnFeature: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } } },
            {
              tn: 8002012312,
              tnFeature: {
                callerId: { callingName: 'caller name' },
                e911: { name: 'James Holden', origStreetNum: '550', origCity: 'Chicago' },
              },
            },
          ],
        },
      },
    });
    expect(tfFeatureOrder.parse({ status: 'Success', statusCode: '200', orderId: '1026472' }, input)).toEqual({
      orderId: '1026472',
      excluded: [],
    });
  });
});
