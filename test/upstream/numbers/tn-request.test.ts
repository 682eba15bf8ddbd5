import { describe, expect, it } from 'vitest';
import { tnRequest } from '../../../src/upstream/numbers/tn-request.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';

// The guide's example request and response (L4570–4593), verbatim.
const EXAMPLE_REQUEST = `{
  "privateKey": "Abcd1FghIjK2314mno5pqrX6yzab",
  "customerOrderReference": "abcsdsd88246",
  "state": "IL",
  "lata": "550",
  "rateCenter": "WSHNGTNZN1",
  "npa": "312",
  "nxx": "348",
  "quantity": 10,
  "trunkGroup": "Main Trunk Group",
  "activate": "Y"
}`;
const EXAMPLE_RESPONSE = `{
  "status": "Success",
  "statusCode": "200",
  "orderId": "3212323"
}`;
const parse = (text: string) => JSON.parse(text) as WireObject;

describe('/tnRequest', () => {
  it("sends the example's body (less the key the transport adds): top level, quantity a number, activate Y", () => {
    const { privateKey: _key, ...expected } = parse(EXAMPLE_REQUEST);
    expect(
      tnRequest.request({
        customerOrderReference: 'abcsdsd88246',
        state: 'IL',
        lata: '550',
        rateCenter: 'WSHNGTNZN1',
        npa: '312',
        nxx: '348',
        quantity: 10,
        trunkGroup: 'Main Trunk Group',
        activate: true,
      }),
    ).toEqual(expected);
  });

  it('omits absent criteria and sends activate=false as N', () => {
    expect(tnRequest.request({ quantity: 2 })).toEqual({ quantity: 2 });
    expect(tnRequest.request({ quantity: 1, npa: '312', activate: false })).toEqual({ quantity: 1, npa: '312', activate: 'N' });
  });

  it("reads the example's orderId (a string) and the other forms the carrier uses for orderId", () => {
    expect(tnRequest.parse(parse(EXAMPLE_RESPONSE), { quantity: 10 })).toEqual({ orderId: '3212323' });
    expect(tnRequest.parse({ status: 'Success', statusCode: '200', orderId: 3212323 }, { quantity: 10 })).toEqual({ orderId: '3212323' });
    expect(tnRequest.parse({ status: 'Success', statusCode: '200', orderId: 'null' }, { quantity: 10 })).toEqual({ orderId: null });
  });
});
