import { describe, expect, it } from 'vitest';
import { orderDetail } from '../../../src/upstream/orders/order-detail.js';
import type { OrderRef } from '../../../src/upstream/shared/order-ref.js';
import { WireFormatError, type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;
/** The mapping reads the request's order reference only for an answer that names no order. */
const NO_REF = {} as OrderRef;

describe('mappers over the guide examples', () => {
  it('/orderDetail → OrderDetail', () => {
    const detail = orderDetail.parse(parse(guide.ORDER_DETAIL), NO_REF);
    expect(detail).toMatchObject({
      orderId: '1054832',
      status: 'PENDING',
      product: 'PORT_IN',
      productName: 'LNP Port-In',
      type: 'NEW',
      serviceOrderName: 'New',
      customerOrderReference: 'TestOrder',
      createdUser: 'api_user',
      desiredDueDate: '2015-12-24',
      desiredPortTime: '09:00 US/Central',
    });
    expect(detail.lines).toEqual([
      {
        tn: '7735162004',
        trunkGroup: 'CHCGIL24CL1_897',
        // The port-in line's account data, now read (additive, issue 9).
        accountNum: '0001234',
        atn: '8885551234',
        authName: 'Marcia Bog',
        // Issue 8: authDate ("2016-05-20 00:00:00.0") and the end user's status are read too.
        authDate: '2016-05-20',
        endUserStatus: 'Received',
        status: 'PIN required/invalid',
        statusCode: 'JEOPARDY',
        lata: '358',
        rateCenter: 'CHICGOZN02',
        province: 'IL',
        tnGroup: 'Group ID 65159 - Verizon Wireless:6006 - SVR/2',
        endUser: {
          name: 'Marcia Bog',
          streetNum: '123',
          streetName: 'Winding',
          streetType: 'Way',
          city: 'Chicago',
          state: 'IL',
          postalCode: '60661',
          typeOfService: 'RESIDENCE',
        },
        // The line's own "cnamDip": "N" (L9894), outside its empty tnFeature.
        features: { callerId: { cnamDip: false } },
        callerId: { enabled: false },
        directoryListing: { enabled: true, status: 'Failed' },
        e911: { enabled: false },
        messaging: { enabled: true, status: 'Complete' },
      },
    ]);
    expect(detail.notes).toEqual([
      { note: 'This is a note!', insertedAt: '2015-12-16T17:09:55.000Z', insertedBy: 'api_user' },
      { note: 'This is another note.', insertedAt: '2015-12-15T17:09:55.000Z', insertedBy: 'api_user' },
    ]);
  });
  it('/orderDetail without orderDetailResponse is a WireFormatError', () => {
    expect(() => orderDetail.parse({ statusCode: '200', status: 'Success' }, NO_REF)).toThrow(WireFormatError);
  });
});

describe('mappers: documented variants', () => {
  it('/orderDetail: a line-level cnamDip does not override tnFeature.callerId.cnamDip', () => {
    const detail = orderDetail.parse(
      {
        statusCode: '200',
        orderDetailResponse: {
          orderId: 1026470,
          orderStatus: 'Closed',
          tnList: { tnItem: { tn: 3123489652, cnamDip: 'N', tnFeature: { callerId: { callingName: 'ACME', cnamDip: 'Y' } } } },
        },
      },
      NO_REF,
    );
    expect(detail.lines[0]!.features).toEqual({ callerId: { callingName: 'ACME', cnamDip: true } });
  });
  it('/orderDetail: the Swagger tnFeature.<feature>.featureStatus stands in for the line-level status', () => {
    const detail = orderDetail.parse(
      {
        statusCode: '200',
        orderDetailResponse: {
          orderId: '1026470',
          orderStatus: 'Pending',
          tnList: {
            tnItem: [
              {
                tn: '3123489652',
                tnFeature: {
                  callerId: { callingName: 'ACME', featureStatus: 'Pending' },
                  messaging: { messageClass: 'P2P', messageType: 'SMS' },
                },
                msgEnabled: 'Y',
                msgStatus: 'Complete',
              },
            ],
          },
        },
      },
      NO_REF,
    );
    expect(detail.lines[0]).toMatchObject({
      callerId: { enabled: true, status: 'Pending' },
      messaging: { enabled: true, status: 'Complete' },
    });
  });
  it('/orderDetail of an Incomplete order that returns no information (L13006) is that order, Incomplete', () => {
    expect(orderDetail.parse({ status: 'Success', statusCode: '200' }, { orderId: '1026480' })).toEqual({
      orderId: '1026480',
      status: 'INCOMPLETE',
      lines: [],
      notes: [],
    });
    expect(
      orderDetail.parse({ status: 'Success', statusCode: '200', orderDetailResponse: { orderId: 1026481, tnList: {} } }, NO_REF),
    ).toMatchObject({
      orderId: '1026481',
      status: 'INCOMPLETE',
      lines: [],
    });
    // Asked by reference, nothing to name the order by: unreadable.
    expect(() => orderDetail.parse({ status: 'Success', statusCode: '200' }, { customerOrderReference: 'X1' })).toThrow(WireFormatError);
  });
});

describe('/orderDetail toll-free and account keys', () => {
  it('reads respOrgName, respOrgPrefix, cicList, cicCompanyList and whether an account PIN is on file, never the PIN', () => {
    const detail = orderDetail.parse(
      {
        status: 'Success',
        statusCode: '200',
        orderDetailResponse: {
          orderId: 1054833,
          orderStatus: 'Pending',
          tnList: {
            tnItem: [
              {
                tn: 8005551234,
                routingLabel: 'NTNYC-541-DID-950',
                respOrgName: 'Inteliquent',
                respOrgPrefix: 'NEU',
                cicList: { cic: ['0288', '0222'] },
                cicCompanyList: { cicCompany: ['AT&T', 'Verizon'] },
                accountPin: '9876',
                endUser: { name: '', status: '' },
              },
            ],
          },
        },
      },
      NO_REF,
    );
    const [line] = detail.lines;
    expect(line).toMatchObject({
      routingLabel: 'NTNYC-541-DID-950',
      respOrgName: 'Inteliquent',
      respOrgPrefix: 'NEU',
      cics: ['0288', '0222'],
      cicCompanies: ['AT&T', 'Verizon'],
      hasAccountPin: true,
    });
    expect(line!.endUser).toBeUndefined();
    expect(line!.endUserStatus).toBeUndefined();
    expect(JSON.stringify(detail)).not.toContain('9876');
  });
});
