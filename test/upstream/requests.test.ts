import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/upstream/core/errors.js';
import {
  excludedTnListRequest,
  orderAddNoteRequest,
  orderListRequest,
  orderRefRequest,
  portOutPinUpdateRequest,
  tnDetailRequest,
  tnDisconnectRequest,
  tnFeatureOrderRequest,
  tnInventoryCoverageRequest,
  tnInventoryRequest,
  tnNoteUpdateRequest,
  tnOrderRequest,
  tnReserveRequest,
  tnUpdateRequest,
} from '../../src/upstream/requests.js';

describe('request builders emit what the guide examples emit', () => {
  it('/tnInventory: searchId inside pageSort, Y/N flags', () => {
    expect(
      tnInventoryRequest({
        tnMask: 'xxxxxx410x',
        searchOnNetOnly: false,
        lata: '486',
        page: { property: 'state', direction: 'asc', page: 1, size: 2, searchId: 'DnF1' },
      }),
    ).toEqual({
      tnMask: 'xxxxxx410x',
      searchOnNetOnly: 'N',
      lata: '486',
      pageSort: { property: 'state', direction: 'asc', page: 1, size: 2, searchId: 'DnF1' },
    });
    expect(tnInventoryRequest({ tnWildcard: '201335YZ*', wireless: true, quantity: 10 })).toEqual({
      tnWildcard: '201335YZ*',
      wireless: 'Y',
      quantity: 10,
    });
    expect(tnInventoryRequest({ rateCenter: 'ORADELL', localCallingArea: true, quantity: 10 })).toEqual({
      rateCenter: 'ORADELL',
      localCallingArea: true,
      quantity: 10,
    });
    // Neither mask nor wildcard (and not local): the required all-digits mask.
    expect(tnInventoryRequest({ province: 'IL' })).toEqual({ tnMask: 'xxxxxxxxxx', province: 'IL' });
  });

  it('/tnInventoryCoverage', () => {
    expect(tnInventoryCoverageRequest({ rateCenter: 'SAN PEDRO', wireless: true, countBy: 'NPA_NXX' })).toEqual({
      countBy: 'npaNxx',
      rateCenter: 'SAN PEDRO',
      wireless: 'Y',
    });
  });

  it('/tnReserve and /tnRelease: tn as a string', () => {
    expect(tnReserveRequest('tnReserve', ['2015540010', '2015540011'])).toEqual({
      tnReserve: { tnList: { tnItem: [{ tn: '2015540010' }, { tn: '2015540011' }] } },
    });
    expect(tnReserveRequest('tnRelease', ['1234567890'])).toEqual({ tnRelease: { tnList: { tnItem: [{ tn: '1234567890' }] } } });
  });

  it('/tnOrder: tnOrder.tnList.tnItem[], tn as a number, Y/N cnamDip, typeOfService letter', () => {
    expect(
      tnOrderRequest({
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

  it('/tnDetail: tnSearchList.tnSearchItem[] + top-level pageSort, status codes', () => {
    expect(
      tnDetailRequest([{ tnMask: '3123804519', tnStatus: 'IN_SERVICE', wireless: false }, { tnMask: 'xxxxxxxxxx', rateCenter: 'BAYONNE' }], {
        size: 1,
        page: 1,
      }),
    ).toEqual({
      tnSearchList: {
        tnSearchItem: [
          { tnMask: '3123804519', tnStatus: 'INSVC', wireless: 'N' },
          { tnMask: 'xxxxxxxxxx', rateCenter: 'BAYONNE' },
        ],
      },
      pageSort: { size: 1, page: 1 },
    });
  });

  it('/tnDetail: an exact-TN batch without a page asks for a page that holds it all', () => {
    expect(tnDetailRequest([{ tnMask: '3123804519' }, { tnMask: '3123804520' }])).toEqual({
      tnSearchList: { tnSearchItem: [{ tnMask: '3123804519' }, { tnMask: '3123804520' }] },
      pageSort: { page: 1, size: 2 },
    });
    expect(tnDetailRequest([{ tnMask: 'xxxxxxxxxx' }])).toEqual({ tnSearchList: { tnSearchItem: [{ tnMask: 'xxxxxxxxxx' }] } });
  });

  it('/tnUpdate: no wrapper, customerOrderReference at the top', () => {
    expect(tnUpdateRequest([{ tn: '3123489653', trunkGroup: 'CHCGIL24CL1_897' }], 'TestOrder03')).toEqual({
      customerOrderReference: 'TestOrder03',
      tnList: { tnItem: [{ tn: 3123489653, trunkGroup: 'CHCGIL24CL1_897' }] },
    });
  });

  it('/tnFeatureOrder: wrapper, removals as removeTnFeature "Y"', () => {
    expect(
      tnFeatureOrderRequest(
        [
          {
            tn: '3124795862',
            endUser: { name: 'Harry Fuzz', streetNum: '123', streetName: 'Michigan', streetType: 'Ave', typeOfService: 'RESIDENCE' },
            features: { callerId: { callingName: 'Harry Fuzz' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
          },
          { tn: '3124795863', features: {}, remove: { directoryListing: true } },
        ],
        'TestOrder04',
      ),
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

  it('/portOutPinUpdate and /tnNoteUpdate: same-named wrapper and item field', () => {
    expect(portOutPinUpdateRequest([{ tn: '3123489652', portOutPin: 'New PIN 9652' }])).toEqual({
      portOutPin: { tnList: { tnItem: [{ tn: 3123489652, portOutPin: 'New PIN 9652' }] } },
    });
    expect(tnNoteUpdateRequest([{ tn: '3123489652', tnNote: 'Subaccount A' }])).toEqual({
      tnNote: { tnList: { tnItem: [{ tn: 3123489652, tnNote: 'Subaccount A' }] } },
    });
  });

  it('/tnDisconnect: no wrapper', () => {
    expect(tnDisconnectRequest(['3123489654', '3123489655'], 'TestOrder05')).toEqual({
      customerOrderReference: 'TestOrder05',
      tnList: { tnItem: [{ tn: 3123489654 }, { tn: 3123489655 }] },
    });
  });

  it('/orderList: codes, numeric tn and productId, productIdList for several', () => {
    expect(
      orderListRequest({ createdFrom: '2015-12-22', products: ['TELEPHONE_NUMBER'], tn: '3344123221', serviceOrderType: 'NEW', page: { size: 1, page: 1 } }),
    ).toEqual({
      createdDateStartRange: '2015-12-22',
      productId: 103,
      tn: 3344123221,
      serviceOrderReference: 'NEW',
      pageSort: { size: 1, page: 1 },
    });
    expect(orderListRequest({ products: ['TELEPHONE_NUMBER', 'TN_FEATURE', 'TN_MESSAGING_ONLY'], status: 'PENDING_CANCEL', serviceOrderType: 'DISCONNECT' })).toEqual({
      productIdList: '103,128,129',
      orderStatus: 'PCNCL',
      serviceOrderReference: 'DISCO',
    });
  });

  it('order references: orderId as a number, or customerOrderReference', () => {
    expect(orderRefRequest('orderDetail', { orderId: '1054832' })).toEqual({ orderId: 1054832 });
    expect(orderRefRequest('orderCancel', { customerOrderReference: 'customerRef12345' })).toEqual({ customerOrderReference: 'customerRef12345' });
    expect(orderAddNoteRequest({ orderId: '1026470' }, 'Note text')).toEqual({ orderId: 1026470, orderNote: 'Note text' });
    expect(excludedTnListRequest({ tn: '7278482111' })).toEqual({ tn: '7278482111' });
    expect(() => orderRefRequest('orderDetail', { orderId: '' })).toThrow(UpstreamError);
  });

  it('null members (GraphQL inputs) are omitted, not sent as null or "N"; a feature left empty is not sent', () => {
    const features = { callerId: { callingName: null, cnamDip: null }, messaging: { messageClass: 'P2P', messageType: null } };
    expect(
      tnOrderRequest({ customerOrderReference: null, items: [{ tn: '6123453622', trunkGroup: null, features }] } as never),
    ).toEqual({ tnOrder: { tnList: { tnItem: [{ tn: 6123453622, tnFeature: { messaging: { messageClass: 'P2P' } } }] } } });
  });

  it('an empty e911 or messaging is not sent: it would make their fields required (L1665, L1667)', () => {
    const features = { e911: { name: null, origCity: null }, messaging: {}, callerId: { cnamDip: false } };
    expect(tnOrderRequest({ items: [{ tn: '6123453622', features }] } as never)).toEqual({
      tnOrder: { tnList: { tnItem: [{ tn: 6123453622, tnFeature: { callerId: { cnamDip: 'N' } } }] } },
    });
    // /tnFeatureOrder still sends its required tnFeature, empty when nothing is left.
    expect(tnFeatureOrderRequest([{ tn: '3124795863', endUser: { name: 'Harry Fuzz' }, features: { e911: {} } }])).toEqual({
      tnFeatureOrder: { tnList: { tnItem: [{ tn: 3124795863, endUser: { name: 'Harry Fuzz' }, tnFeature: {} }] } },
    });
  });

  it('invalid TNs are refused before sending', () => {
    try {
      tnReserveRequest('tnReserve', ['12345']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ kind: 'REJECTED', operation: 'tnReserve', statusCode: 'INVALID_INPUT' });
    }
  });
});
