import { describe, expect, it } from 'vitest';
import { orderUpdate } from '../../../src/upstream/orders/order-update.js';

describe('/orderUpdate', () => {
  it('sends the guide example (L10255): a cancelled number and an E911 change with a withdrawn messaging request', () => {
    expect(orderUpdate.kind).toBe('write');
    const body = orderUpdate.request({
      ref: { orderId: '1026470' },
      desiredDueDate: '2015-12-15',
      lines: [
        { tn: '3124579516', cancel: true },
        {
          tn: '3124579518',
          features: {
            e911: {
              name: 'Patricia Burgher',
              origStreetNum: '100',
              origStreetInfo: 'N Main St',
              origCity: 'Chicago',
              origState: 'IL',
              origPostalCode: '60661',
            },
          },
          cancelFeatures: ['messaging'],
        },
      ],
    });
    expect(body).toEqual({
      orderUpdate: {
        orderId: 1026470,
        desiredDueDate: '2015-12-15',
        tnList: {
          tnItem: [
            { tn: 3124579516, cancelTn: 'Y' },
            {
              tn: 3124579518,
              tnFeature: {
                e911: {
                  name: 'Patricia Burgher',
                  origStreetNum: '100',
                  origStreetInfo: 'N Main St',
                  origCity: 'Chicago',
                  origState: 'IL',
                  origPostalCode: '60661',
                },
                messaging: { cancelFeatureRequest: 'Y' },
              },
            },
          ],
        },
      },
    });
    // The guide's answer: statusCode as a JSON number (L10296).
    expect(orderUpdate.parse({ statusCode: 200, status: 'Success' }, { ref: { orderId: '1026470' } })).toBeUndefined();
  });

  it('sends port-in corrections with the account group, port time and zone, and messaging with its normal meaning', () => {
    const body = orderUpdate.request({
      ref: { customerOrderReference: 'Port42' },
      desiredPortTime: '14:00',
      desiredPortTimeZone: 'US/Central',
      onDemandActivation: true,
      lines: [
        {
          tn: '3129578401',
          account: { accountNum: '1234', atn: '3129578400', accountPin: '9876', authName: 'Jean Blues', authDate: '2015-12-15' },
          features: { messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' } },
        },
      ],
    });
    expect(body).toEqual({
      orderUpdate: {
        customerOrderReference: 'Port42',
        desiredPortTime: '14:00',
        desiredPortTimeZone: 'US/Central',
        onDemandActivation: 'Y',
        tnList: {
          tnItem: [
            {
              tn: 3129578401,
              accountNum: '1234',
              atn: '3129578400',
              accountPin: '9876',
              authName: 'Jean Blues',
              authDate: '2015-12-15',
              tnFeature: { messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' } },
            },
          ],
        },
      },
    });
  });

  it('refuses an update that changes nothing before any call', () => {
    expect(() => orderUpdate.request({ ref: { orderId: '1026470' } })).toThrow(/at least one change/);
  });
});
