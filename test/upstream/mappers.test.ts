import { describe, expect, it } from 'vitest';
import { mapTnAssignedList } from '../../src/upstream/mappers/assigned.js';
import { mapBatchOutcome } from '../../src/upstream/mappers/batch.js';
import { mapTnInventoryCoverage } from '../../src/upstream/mappers/coverage.js';
import { mapExcludedTnList } from '../../src/upstream/mappers/excluded-tns.js';
import { mapTnInventory } from '../../src/upstream/mappers/inventory.js';
import { mapOrderDetail } from '../../src/upstream/mappers/order-detail.js';
import { mapOrderList } from '../../src/upstream/mappers/order-list.js';
import { mapOrderAddNote, mapOrderNote } from '../../src/upstream/mappers/order-note.js';
import { mapTnReservedList } from '../../src/upstream/mappers/reserved.js';
import { mapOrderSubmission } from '../../src/upstream/mappers/submission.js';
import { mapTnDetail } from '../../src/upstream/mappers/tn-detail.js';
import { mapTrunkGroupSearchAssigned } from '../../src/upstream/mappers/trunk-groups.js';
import { WireFormatError, type WireObject } from '../../src/upstream/wire.js';
import * as guide from './fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnInventory → Page<InventoryNumber>', () => {
    const page = mapTnInventory(parse(guide.TN_INVENTORY));
    expect(page).toMatchObject({ page: 1, totalPages: 117, totalItems: 233 });
    expect(page.searchId).toMatch(/^DnF1/);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({
      tn: '3184074100',
      rateCenter: 'COLFAX',
      rateCenterName: 'COLFAX',
      city: 'COLFAX',
      lata: '486',
      province: 'LA',
      tier: '0',
      countryCode: '1',
      capabilities: {
        callingName: true,
        directoryListing: true,
        e911: true,
        messaging: true,
        portOutPin: true,
        portOutNotification: true,
        smsOverride: true,
        mms: true,
        mmsOverride: true,
      },
    });
    expect(page.items[1]!.rateCenterName).toBeUndefined();
  });

  it('/tnReservedList → ReservedNumber[] (different flag names, tier "0")', () => {
    const list = mapTnReservedList(parse(guide.TN_RESERVED_LIST));
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual({
      tn: '2012673721',
      rateCenter: 'ORADELL',
      rateCenterName: 'ORADELL',
      lata: '224',
      province: 'NJ',
      city: 'ORADELL',
      wireless: false,
      tier: '0',
      countryCode: '1',
      capabilities: {
        callingName: true,
        directoryListing: true,
        e911: true,
        messaging: true,
        portOutPin: true,
        portOutNotification: true,
      },
    });
  });

  it('/tnInventoryCoverage → CoverageEntry[] (rcAbbre/locState, padding trimmed)', () => {
    expect(mapTnInventoryCoverage(parse(guide.TN_INVENTORY_COVERAGE))).toEqual([
      { npa: '201', nxx: '389', lata: '224', rateCenter: 'SAN PEDRO', province: 'NJ', count: 973 },
      { npa: '202', nxx: '335', lata: '236', rateCenter: 'SAN PEDRO', province: 'DC', count: 9972 },
      { npa: '202', nxx: '609', lata: '236', rateCenter: 'SAN PEDRO', province: 'DC', count: 25 },
    ]);
  });

  it('/tnReserve and /tnRelease → BatchOutcome', () => {
    const tns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];
    expect(mapBatchOutcome('tnReserve', parse(guide.TN_RESERVE_PARTIAL), tns)).toEqual({
      requested: 5,
      succeeded: 3,
      excluded: ['2015540013', '2015540300'],
    });
    expect(mapBatchOutcome('tnRelease', parse(guide.TN_RELEASE_EXCLUDED), ['1234567890'])).toEqual({
      requested: 1,
      succeeded: 0,
      excluded: ['1234567890'],
    });
  });

  it('/tnOrder → OrderSubmission (orderId "null", exclusions in status)', () => {
    expect(mapOrderSubmission(parse(guide.TN_ORDER))).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
    expect(mapOrderSubmission(parse(guide.TN_UPDATE))).toEqual({ orderId: '1026471', excluded: [] });
    expect(mapOrderSubmission({ statusCode: '200', status: 'Success', orderId: 1519788 })).toEqual({ orderId: '1519788', excluded: [] });
  });

  it('/tnAssignedList → AssignedNumber[] (numeric tn, status labels)', () => {
    expect(mapTnAssignedList(parse(guide.TN_ASSIGNED_LIST))).toEqual([
      { tn: '2012512771', status: 'PENDING' },
      { tn: '2013322229', status: 'IN_SERVICE' },
      { tn: '2013425551', status: 'IN_SERVICE' },
      { tn: '2013435559', status: 'PENDING_DISCONNECT' },
    ]);
  });

  it('/tnAssignedList with an unknown status is a WireFormatError', () => {
    const body = { statusCode: '200', tnBasicList: { tnBasicItem: { tn: 2012512771, tnStatus: 'Aging' } } };
    expect(() => mapTnAssignedList(body)).toThrow(WireFormatError);
  });

  it('/tnDetail → Page<TelephoneNumberRecord>', () => {
    const page = mapTnDetail(parse(guide.TN_DETAIL));
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
    const page = mapTnDetail({
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
    });
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

  it('/trunkGroupSearchAssigned → names', () => {
    expect(mapTrunkGroupSearchAssigned(parse(guide.TRUNK_GROUP_SEARCH_ASSIGNED))).toEqual(['CHCGIL24CL1_897', 'CHCGIL24CL1_898']);
  });

  it('/orderList → Page<OrderSummary>', () => {
    const page = mapOrderList(parse(guide.ORDER_LIST));
    expect(page).toEqual({
      page: 1,
      totalPages: 1,
      totalItems: 1,
      searchId: '141213799652',
      items: [
        {
          orderId: '1026470',
          status: 'CLOSED',
          productName: 'Telephone Number',
          customerOrderReference: 'TestOrder04',
          serviceOrderName: 'New',
          desiredDueDate: '2015-12-31',
          tnQuantity: 1,
          // A date only: no createdAt is invented from it.
          createdOn: '2015-12-21',
          createdUser: 'api_user',
          // yyyyMMddHHmmss 20151222145729, nanoseconds 830902000, offset -0500.
          lastModified: '2015-12-22T19:57:29.830Z',
        },
      ],
    });
  });

  it('/orderDetail → OrderDetail', () => {
    const detail = mapOrderDetail(parse(guide.ORDER_DETAIL));
    expect(detail).toMatchObject({
      orderId: '1054832',
      status: 'PENDING',
      productName: 'LNP Port-In',
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
        status: 'PIN required/invalid',
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
    expect(() => mapOrderDetail({ statusCode: '200', status: 'Success' })).toThrow(WireFormatError);
  });

  it('/excludedTnList → ExcludedOrderNumber[]', () => {
    expect(mapExcludedTnList(parse(guide.EXCLUDED_TN_LIST))).toEqual([
      {
        orderId: '1054832',
        customerOrderReference: 'customerRef12345',
        tn: '7278482111',
        reason: 'TN is on an existing order',
        insertedOn: '2017-04-19',
        displayName: 'test.user@customer.com',
      },
      {
        orderId: '1054832',
        customerOrderReference: 'customerRef12345',
        tn: '7278482111',
        reason: 'TN is already assigned to this customer',
        insertedOn: '2017-04-27',
        displayName: 'test.user@customer.com',
      },
    ]);
  });

  it('/orderNote → OrderNote[] and /orderAddNote → noteId', () => {
    expect(mapOrderNote(parse(guide.ORDER_NOTE))).toEqual([
      { noteId: '29984650', note: 'This is a note!', insertedAt: '2015-12-16T17:09:55.000Z', insertedBy: 'api_user' },
      { noteId: '29984649', note: 'This is another note.', insertedAt: '2015-12-15T17:09:55.000Z', insertedBy: 'api_user' },
    ]);
    expect(mapOrderAddNote(parse(guide.ORDER_ADD_NOTE))).toBe('29984646');
    expect(mapOrderAddNote({ statusCode: 200, noteId: 29984646 })).toBe('29984646');
  });
});

describe('mappers: documented variants', () => {
  it('/tnOrder exclusions resolve an entry without a TN through the map key (the item index, L1706–1733)', () => {
    const requested = ['6123453622', '6123453623', '6123453624'];
    expect(mapOrderSubmission(parse(guide.TN_ORDER), requested)).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
    expect(mapOrderSubmission({ statusCode: '200', status: '{2=[TN is on an existing order]}', orderId: 'null' }, requested)).toEqual({
      orderId: null,
      excluded: [{ tn: '6123453624', reason: 'TN is on an existing order' }],
    });
  });

  it('/orderDetail: a line-level cnamDip does not override tnFeature.callerId.cnamDip', () => {
    const detail = mapOrderDetail({
      statusCode: '200',
      orderDetailResponse: {
        orderId: 1026470,
        orderStatus: 'Closed',
        tnList: { tnItem: { tn: 3123489652, cnamDip: 'N', tnFeature: { callerId: { callingName: 'ACME', cnamDip: 'Y' } } } },
      },
    });
    expect(detail.lines[0]!.features).toEqual({ callerId: { callingName: 'ACME', cnamDip: true } });
  });

  it('/orderDetail: the Swagger tnFeature.<feature>.featureStatus stands in for the line-level status', () => {
    const detail = mapOrderDetail({
      statusCode: '200',
      orderDetailResponse: {
        orderId: '1026470',
        orderStatus: 'Pending',
        tnList: {
          tnItem: [
            {
              tn: '3123489652',
              tnFeature: { callerId: { callingName: 'ACME', featureStatus: 'Pending' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
              msgEnabled: 'Y',
              msgStatus: 'Complete',
            },
          ],
        },
      },
    });
    expect(detail.lines[0]).toMatchObject({ callerId: { enabled: true, status: 'Pending' }, messaging: { enabled: true, status: 'Complete' } });
  });

  it('/orderDetail of an Incomplete order that returns no information (L13006) is that order, Incomplete', () => {
    expect(mapOrderDetail({ status: 'Success', statusCode: '200' }, { orderId: '1026480' })).toEqual({
      orderId: '1026480',
      status: 'INCOMPLETE',
      lines: [],
      notes: [],
    });
    expect(mapOrderDetail({ status: 'Success', statusCode: '200', orderDetailResponse: { orderId: 1026481, tnList: {} } })).toMatchObject({
      orderId: '1026481',
      status: 'INCOMPLETE',
      lines: [],
    });
    // Asked by reference, nothing to name the order by: unreadable.
    expect(() => mapOrderDetail({ status: 'Success', statusCode: '200' }, { customerOrderReference: 'X1' })).toThrow(WireFormatError);
  });

  it('dates: every documented shape to ISO instants (UTC) and YYYY-MM-DD dates; unreadable ones are left out', () => {
    // The port-in status examples (L13123): createdDate and desiredDueDate as midnight timestamps with an offset.
    const detail = mapOrderDetail({
      statusCode: '200',
      orderDetailResponse: {
        orderId: 1084675,
        orderStatus: 'Pending',
        createdDate: '2017-06-23T00:00:00.000+0000',
        desiredDueDate: '2017-08-21T00:00:00.000+0000',
        desiredPortTime: '09:00 US/Central',
        orderNotes: [{ note: 'n', insertDate: '2015-12-16T17:09:55.000+0000', insertUser: 'api_user' }],
      },
    });
    expect(detail).toMatchObject({
      createdOn: '2017-06-23',
      createdAt: '2017-06-23T00:00:00.000Z',
      desiredDueDate: '2017-08-21',
      desiredPortTime: '09:00 US/Central',
      notes: [{ note: 'n', insertedAt: '2015-12-16T17:09:55.000Z', insertedBy: 'api_user' }],
    });
    // The sandbox's detail: a real time of day.
    expect(mapOrderDetail({ orderDetailResponse: { orderId: 1, orderStatus: 'Closed', createdDate: '2026-11-22T22:52:19.981+0000' } })).toMatchObject({
      createdOn: '2026-11-22',
      createdAt: '2026-11-22T22:52:19.981Z',
    });
    // An unreadable lastModifiedString or date is absent, not passed on.
    const [garbled] = mapOrderList({ orderList: { orderType: [{ orderId: 1, orderStatus: 'Closed', createdDate: '2015-13-45', lastModifiedString: '2015122214' }] } }).items;
    expect(garbled).toEqual({ orderId: '1', status: 'CLOSED' });
    // Other excluded lists send a midnight timestamp (L4922): still a date.
    expect(mapExcludedTnList({ excludedTnList: { excludedTnItem: [{ tn: 7278482111, insertDate: '2020-11-25T00:00:00.000Z' }] } })).toEqual([
      { tn: '7278482111', insertedOn: '2020-11-25' },
    ]);
    expect(mapTnDetail({ tnList: { tnItem: [{ tn: 2012151499, tnStatus: 'In Service', activateDate: 'yesterday' }] } }).items[0]).not.toHaveProperty('activatedAt');
  });

  it('list wrappers that arrive as plain arrays or single objects', () => {
    expect(mapTnAssignedList({ statusCode: '200', tnBasicList: [{ tn: '2012512771', tnStatus: 'Pending' }] })).toEqual([
      { tn: '2012512771', status: 'PENDING' },
    ]);
    expect(mapTnDetail({ statusCode: '200', tnList: [{ tn: 2012151499, tnStatus: 'In Service' }] }).items.map((i) => i.tn)).toEqual(['2012151499']);
    expect(mapTnDetail({ statusCode: '200', tnList: { tnItem: { tn: 2012151499, tnStatus: 'In Service' } } }).items).toHaveLength(1);
    expect(mapOrderList({ statusCode: 200, orderList: [{ orderId: 1026470, orderStatus: 'Closed' }] }).items).toEqual([
      { orderId: '1026470', status: 'CLOSED' },
    ]);
    expect(mapOrderList({ statusCode: 200, orderList: { orderType: { orderId: '1026470', orderStatus: 'CLSD' } } }).items).toHaveLength(1);
    expect(mapOrderNote({ statusCode: 200, orderNote: { orderNoteType: { noteId: 29984650, note: 'n' } } })).toEqual([{ noteId: '29984650', note: 'n' }]);
    expect(mapExcludedTnList({ statusCode: '200', excludedTnList: [{ tn: '7278482111', excludedReason: 'r' }] })).toEqual([{ tn: '7278482111', reason: 'r' }]);
    expect(mapOrderDetail({ statusCode: '200', orderDetailResponse: { orderId: 1, orderStatus: 'Closed', tnList: [{ tn: 7735162004 }] } }).lines).toEqual([
      { tn: '7735162004' },
    ]);
  });

  it('messaging values are read by what they are when messageClass and messageType arrive swapped (L10248)', () => {
    const page = mapTnDetail({
      statusCode: '200',
      tnList: { tnItem: [{ tn: 3123489652, tnStatus: 'In Service', tnFeature: { messaging: { messageClass: 'SMSMMS', messageType: 'A2PLC' } } }] },
    });
    expect(page.items[0]!.features.messaging).toEqual({ messageClass: 'A2PLC', messageType: 'SMSMMS' });
  });

  it('/trunkGroupSearchAssigned: bare names and the XML-converted { trunkGroupName: [...] }', () => {
    expect(mapTrunkGroupSearchAssigned({ trunkGroupNameList: ['CHCGIL24CL1_897'] })).toEqual(['CHCGIL24CL1_897']);
    expect(mapTrunkGroupSearchAssigned({ trunkGroupNameList: { trunkGroupName: ['CHCGIL24CL1_897', 'CHCGIL24CL1_898'] } })).toEqual([
      'CHCGIL24CL1_897',
      'CHCGIL24CL1_898',
    ]);
    expect(mapTrunkGroupSearchAssigned({ trunkGroupNameList: { trunkGroupName: 'CHCGIL24CL1_897' } })).toEqual(['CHCGIL24CL1_897']);
  });
});
