import { describe, expect, it } from 'vitest';
import { tfUpdate } from '../../../src/upstream/toll-free/tf-update.js';

describe('/tfUpdate', () => {
  it("sends the guide's example: tnList at the top level, no wrapper", () => {
    const items = [
      { tn: '8553489654', routingLabel: 'NTNYC-690-8XX-124' },
      { tn: '8663489655', routingLabel: 'NTNYC-690-8XX-124' },
    ];
    expect(tfUpdate.request({ customerOrderReference: 'TestOrderUpdate', items })).toEqual({
      customerOrderReference: 'TestOrderUpdate',
      tnList: {
        tnItem: [
          { tn: 8553489654, routingLabel: 'NTNYC-690-8XX-124' },
          { tn: 8663489655, routingLabel: 'NTNYC-690-8XX-124' },
        ],
      },
    });
    expect(tfUpdate.parse({ status: 'Success', statusCode: '200', orderId: '1026473' }, { items })).toEqual({
      orderId: '1026473',
      excluded: [],
    });
  });
});
