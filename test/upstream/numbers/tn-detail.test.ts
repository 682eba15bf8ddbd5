import { describe, expect, it } from 'vitest';
import { tnDetail } from '../../../src/upstream/numbers/tn-detail.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnDetail → Page<TelephoneNumberRecord>', () => {
    const page = tnDetail.parse(parse(guide.TN_DETAIL), { criteria: [] });
    expect(page).toMatchObject({ page: 1, totalPages: 1, totalItems: 1 });
    expect(page.items).toEqual([
      {
        tn: '2012151499',
        status: 'IN_SERVICE',
        trunkGroup: 'ATLNGAQS08T_266',
        features: { callerId: { cnamDip: false } },
        lata: '224',
        rateCenter: 'BAYONNE',
        rateCenterName: 'BAYONNE',
        province: 'NJ',
        tier: '0',
        countryCode: '1',
        source: 'NATIVE',
        activatedAt: '2017-03-29T14:00:46.000Z',
        activatedBy: 'api_user',
        wireless: true,
      },
    ]);
  });
  it('/tnDetail with the Swagger extras (string tn, portOutPin, tnNote, filled features)', () => {
    const page = tnDetail.parse(
      {
        statusCode: '200',
        tnList: {
          tnItem: [
            {
              tn: '3123489652',
              tnStatus: 'Pending Disconnect',
              portOutPin: 'New PIN 9652',
              tnNote: 'Subaccount A',
              endUser: { name: 'Harry Fuzz', streetNum: 123, typeOfService: 'R' },
              tnFeature: {
                callerId: { callingName: 'Harry Fuzz', cnamDip: 'Y' },
                directoryListing: { lastName: 'Fuzz', firstName: 'Harry' },
                e911: { name: 'Harry Fuzz', origStreetNum: '123', origCity: 'Springfield' },
                messaging: { messageClass: 'P2P', messageType: 'SMS' },
              },
            },
          ],
        },
      },
      { criteria: [] },
    );
    expect(page.items[0]).toMatchObject({
      tn: '3123489652',
      status: 'PENDING_DISCONNECT',
      portOutPin: 'New PIN 9652',
      note: 'Subaccount A',
      endUser: { name: 'Harry Fuzz', streetNum: '123', typeOfService: 'RESIDENCE' },
      features: {
        callerId: { callingName: 'Harry Fuzz', cnamDip: true },
        directoryListing: { lastName: 'Fuzz', firstName: 'Harry' },
        e911: { name: 'Harry Fuzz', origStreetNum: '123', origCity: 'Springfield' },
        messaging: { messageClass: 'P2P', messageType: 'SMS' },
      },
    });
    expect(page).toMatchObject({ page: 1, totalItems: 1, totalPages: 1 });
  });
});

describe('mappers: documented variants', () => {
  it('messaging values are read by what they are when messageClass and messageType arrive swapped (L10248)', () => {
    const page = tnDetail.parse(
      {
        statusCode: '200',
        tnList: {
          tnItem: [{ tn: 3123489652, tnStatus: 'In Service', tnFeature: { messaging: { messageClass: 'SMSMMS', messageType: 'A2PLC' } } }],
        },
      },
      { criteria: [] },
    );
    expect(page.items[0]!.features.messaging).toEqual({ messageClass: 'A2PLC', messageType: 'SMSMMS' });
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/tnDetail: tnSearchList.tnSearchItem[] + top-level pageSort, status codes', () => {
    expect(
      tnDetail.request({
        criteria: [
          { tnMask: '3123804519', tnStatus: 'IN_SERVICE', wireless: false },
          { tnMask: 'xxxxxxxxxx', rateCenter: 'BAYONNE' },
        ],
        page: {
          size: 1,
          page: 1,
        },
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
    expect(tnDetail.request({ criteria: [{ tnMask: '3123804519' }, { tnMask: '3123804520' }] })).toEqual({
      tnSearchList: { tnSearchItem: [{ tnMask: '3123804519' }, { tnMask: '3123804520' }] },
      pageSort: { page: 1, size: 2 },
    });
    expect(tnDetail.request({ criteria: [{ tnMask: 'xxxxxxxxxx' }] })).toEqual({
      tnSearchList: { tnSearchItem: [{ tnMask: 'xxxxxxxxxx' }] },
    });
  });
});
