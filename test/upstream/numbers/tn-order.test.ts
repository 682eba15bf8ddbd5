import { describe, expect, it } from 'vitest';
import { tnFeatureOrder } from '../../../src/upstream/numbers/tn-feature-order.js';
import { tnOrder } from '../../../src/upstream/numbers/tn-order.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnOrder → OrderSubmission (orderId "null", exclusions in status)', () => {
    expect(tnOrder.parse(parse(guide.TN_ORDER), { items: [] })).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
    expect(tnOrder.parse(parse(guide.TN_UPDATE), { items: [] })).toEqual({ orderId: '1026471', excluded: [] });
    expect(tnOrder.parse({ statusCode: '200', status: 'Success', orderId: 1519788 }, { items: [] })).toEqual({
      orderId: '1519788',
      excluded: [],
    });
  });
});

describe('mappers: documented variants', () => {
  it('/tnOrder exclusions resolve an entry without a TN through the map key (the item index, L1706–1733)', () => {
    const requested = ['6123453622', '6123453623', '6123453624'];
    expect(tnOrder.parse(parse(guide.TN_ORDER), { items: requested.map((tn) => ({ tn })) })).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
    expect(
      tnOrder.parse(
        { statusCode: '200', status: '{2=[TN is on an existing order]}', orderId: 'null' },
        { items: requested.map((tn) => ({ tn })) },
      ),
    ).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/tnOrder: tnOrder.tnList.tnItem[], tn as a number, Y/N cnamDip, typeOfService letter', () => {
    expect(
      tnOrder.request({
        items: [
          {
            tn: '6123453622',
            trunkGroup: 'CHCGIL24CL1_897',
            endUser: { name: 'Hope Trope', typeOfService: 'RESIDENCE' },
            features: { callerId: { cnamDip: true }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
          },
          { tn: '6123453623', trunkGroup: 'CHCGIL24CL1_897', portOutPin: 'Test 3623', features: { callerId: { cnamDip: false } } },
          { tn: '6123453624', trunkGroup: 'CHCGIL24CL1_897', portOutPin: 'Test 3624' },
        ],
      }),
    ).toEqual({
      tnOrder: {
        tnList: {
          tnItem: [
            {
              tn: 6123453622,
              trunkGroup: 'CHCGIL24CL1_897',
              endUser: { name: 'Hope Trope', typeOfService: 'R' },
              tnFeature: { callerId: { cnamDip: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
            },
            { tn: 6123453623, trunkGroup: 'CHCGIL24CL1_897', portOutPin: 'Test 3623', tnFeature: { callerId: { cnamDip: 'N' } } },
            { tn: 6123453624, trunkGroup: 'CHCGIL24CL1_897', portOutPin: 'Test 3624' },
          ],
        },
      },
    });
  });
  it('null members (GraphQL inputs) are omitted, not sent as null or "N"; a feature left empty is not sent', () => {
    const features = { callerId: { callingName: null, cnamDip: null }, messaging: { messageClass: 'P2P', messageType: null } };
    expect(tnOrder.request({ customerOrderReference: null, items: [{ tn: '6123453622', trunkGroup: null, features }] } as never)).toEqual({
      tnOrder: { tnList: { tnItem: [{ tn: 6123453622, tnFeature: { messaging: { messageClass: 'P2P' } } }] } },
    });
  });
  it('an empty e911 or messaging is not sent: it would make their fields required (L1665, L1667)', () => {
    const features = { e911: { name: null, origCity: null }, messaging: {}, callerId: { cnamDip: false } };
    expect(tnOrder.request({ items: [{ tn: '6123453622', features }] } as never)).toEqual({
      tnOrder: { tnList: { tnItem: [{ tn: 6123453622, tnFeature: { callerId: { cnamDip: 'N' } } }] } },
    });
    // /tnFeatureOrder still sends its required tnFeature, empty when nothing is left.
    expect(tnFeatureOrder.request({ items: [{ tn: '3124795863', endUser: { name: 'Harry Fuzz' }, features: { e911: {} } }] })).toEqual({
      tnFeatureOrder: { tnList: { tnItem: [{ tn: 3124795863, endUser: { name: 'Harry Fuzz' }, tnFeature: {} }] } },
    });
  });
});
