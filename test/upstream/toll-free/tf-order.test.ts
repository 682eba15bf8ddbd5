import { describe, expect, it } from 'vitest';
import { tfOrder } from '../../../src/upstream/toll-free/tf-order.js';

const ITEM = {
  tn: '8881235544',
  respOrgId: 'ABC45',
  routingLabel: 'NTNYC-690-8XX-123',
  cics: ['0913', '0222', '0432'],
  note: 'Sample Note',
  features: {
    callerId: { callingName: 'J Blues', cnamDip: true },
    messaging: { messageClass: 'A2PLC' as const, messageType: 'SMSMMS' as const },
    e911: {
      name: 'James Holden',
      streetNumber: '550',
      streetInfo: 'W Adams St',
      location: '9th floor',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
    },
  },
};

describe('/tfOrder', () => {
  it("sends the guide's example (resporgId as the table spells it, tn a number, e911 inside tnFeature)", () => {
    expect(tfOrder.request({ product: '8XX', customerOrderReference: 'TestOrder08', items: [ITEM] })).toEqual({
      productAbbr: '8XX',
      tfOrder: {
        customerOrderReference: 'TestOrder08',
        tnList: {
          tnItem: [
            {
              resporgId: 'ABC45',
              tn: 8881235544,
              routingLabel: 'NTNYC-690-8XX-123',
              cicList: { cic: ['0913', '0222', '0432'] },
              tnNote: 'Sample Note',
              tnFeature: {
                callerId: { callingName: 'J Blues', cnamDip: 'Y' },
                messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' },
                e911: {
                  name: 'James Holden',
                  origStreetNum: '550',
                  origStreetInfo: 'W Adams St',
                  origLocation: '9th floor',
                  origCity: 'Chicago',
                  origState: 'IL',
                  origPostalCode: '60661',
                },
              },
            },
          ],
        },
      },
    });
  });

  it('sends loa Y for a port-in', () => {
    expect(tfOrder.request({ product: '8XXPORTIN', loa: true, items: [{ tn: '8881235544', routingLabel: 'L' }] })).toMatchObject({
      productAbbr: '8XXPORTIN',
      tfOrder: { loa: 'Y' },
    });
  });

  it("reads both example answers: the 8XX orderId, and 8XXAVAIL's refusal packed in status", () => {
    expect(tfOrder.parse({ status: 'Success', statusCode: '200', orderId: '1081234' }, { product: '8XX', items: [ITEM] })).toEqual({
      orderId: '1081234',
      excluded: [],
    });
    const items = ['8774514543', '8774514544', '8774514545'].map((tn) => ({ tn, routingLabel: 'L' }));
    const avail = tfOrder.parse(
      { status: '{2=[8774514545 TN is marked Not Available in our inventory]}', statusCode: '200' },
      { product: '8XXAVAIL', items },
    );
    expect(avail).toEqual({ orderId: null, excluded: [{ tn: '8774514545', reason: 'TN is marked Not Available in our inventory' }] });
  });
});
