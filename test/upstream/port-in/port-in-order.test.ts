import { describe, expect, it } from 'vitest';
import { portInOrder, type PortInOrderRequest } from '../../../src/upstream/port-in/port-in-order.js';
import { PORT_IN_ORDER } from './guide-examples.js';

const request: PortInOrderRequest = {
  customerOrderReference: 'TestOrder06',
  desiredDueDate: '2015-12-15',
  onDemandActivation: true,
  lines: [
    {
      tn: '3059891246',
      trunkGroup: 'CHCGIL24CL1_897',
      accountNum: '12345',
      atn: '8009247586',
      accountPin: '4321',
      authName: 'Jean Blues',
      authDate: '2015-12-15',
      endUser: {
        name: 'Jean Blues',
        streetNum: '101',
        streetName: 'Main',
        streetType: 'St',
        city: 'Miami',
        state: 'FL',
        postalCode: '33124',
        typeOfService: 'BUSINESS',
      },
      features: { callerId: { callingName: 'J Blues' }, messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' } },
    },
  ],
};

describe('/portInOrder', () => {
  it('builds the guide example request (tn as a number, typeOfService B, features nested)', () => {
    expect(portInOrder.kind).toBe('write');
    expect(portInOrder.request(request)).toEqual({
      portInOrder: {
        customerOrderReference: 'TestOrder06',
        desiredDueDate: '2015-12-15',
        onDemandActivation: 'Y',
        tnList: {
          tnItem: [
            {
              tn: 3059891246,
              trunkGroup: 'CHCGIL24CL1_897',
              accountNum: '12345',
              atn: '8009247586',
              accountPin: '4321',
              authName: 'Jean Blues',
              authDate: '2015-12-15',
              endUser: {
                name: 'Jean Blues',
                streetNum: '101',
                streetName: 'Main',
                streetType: 'St',
                city: 'Miami',
                state: 'FL',
                postalCode: '33124',
                typeOfService: 'B',
              },
              tnFeature: { callerId: { callingName: 'J Blues' }, messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' } },
            },
          ],
        },
      },
    });
    expect(() => portInOrder.request({ ...request, lines: [] })).toThrow(/at least one number/);
  });

  it('reads the order id the example answers as a string', () => {
    expect(portInOrder.parse(PORT_IN_ORDER, request)).toEqual({ orderId: '102644' });
  });
});
