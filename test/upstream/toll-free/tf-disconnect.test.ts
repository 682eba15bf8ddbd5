import { describe, expect, it } from 'vitest';
import { tfDisconnect } from '../../../src/upstream/toll-free/tf-disconnect.js';

describe('/tfDisconnect', () => {
  it("sends the guide's example and reads its answer", () => {
    const input = { customerOrderReference: 'TestOrder09', tns: ['8553489654', '8663489655'] };
    expect(tfDisconnect.request(input)).toEqual({
      customerOrderReference: 'TestOrder09',
      tnList: { tnItem: [{ tn: 8553489654 }, { tn: 8663489655 }] },
    });
    expect(tfDisconnect.parse({ status: 'Success', statusCode: '200', orderId: '1026473' }, input)).toEqual({
      orderId: '1026473',
      excluded: [],
    });
  });
});
