import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });
const status = async (orderId: string) => (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.orderStatus;
const E911 = {
  name: 'Hope Trope',
  origStreetNum: '550',
  origStreetInfo: 'W Adams St',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60661',
};

describe('tnOrder', () => {
  it('completes small featureless orders synchronously with orderId "null" and keeps history', async () => {
    const r = await order([
      { tn: 6123453622, trunkGroup: 'CHCGIL24CL1_897' },
      { tn: '6123453623', portOutPin: 'Test 3623', tnNote: 'lobby' },
    ]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: 'null' });
    const d = await h.detail('6123453623');
    expect(d).toMatchObject({ tn: 6123453623, tnStatus: 'In Service', portOutPin: 'Test 3623', tnNote: 'lobby', rateCenter: 'MINNEAPLS' });
    expect((await h.detail('6123453622'))!.trunkGroup).toBe('CHCGIL24CL1_897');
    const list = await h.call('orderList', { tn: 6123453622 });
    expect(list.orderList.orderType).toHaveLength(1);
    expect(list.orderList.orderType[0]).toMatchObject({
      orderStatus: 'Closed',
      productName: 'Telephone Number',
      serviceOrderName: 'New',
      tnQuantity: 2,
    });
    // Ordered TNs left the inventory.
    expect(await h.inventory('612345362x')).toEqual(['6123453624']);
  });

  it('reports invalid TNs inside status keyed by request index', async () => {
    await order([{ tn: 6123453624 }]);
    const r = await order([
      { tn: 6123453622 },
      { tn: 3123489651 },
      { tn: 6123453624 },
      { tn: '1234' },
      { tn: 6123453623, trunkGroup: 'NOPE_1' },
    ]);
    expect(r.statusCode).toBe('200');
    expect(r.orderId).toBe('null');
    expect(r.status).toBe(
      '{1=[3123489651 TN is already assigned to this customer], 2=[6123453624 TN is already assigned to this customer], 3=[1234 Invalid TN; must be a ten-digit telephone number], 4=[6123453623 Invalid trunk group name NOPE_1]}',
    );
    expect((await h.detail('6123453622'))!.tnStatus).toBe('In Service');
    const ex = await h.call('excludedTnList', { tn: '3123489651' });
    expect(ex.excludedTnList.excludedTnItem[0]).toMatchObject({
      tn: 3123489651,
      excludedReason: 'TN is already assigned to this customer',
    });
  });

  it('reports "TN is on an existing order" while another order is still working on it', async () => {
    const first = await order([{ tn: 6123453624, tnFeature: { callerId: { callingName: 'HOPE TROPE' } } }]);
    expect(first.orderId).toMatch(/^\d+$/);
    const r = await order([{ tn: 6123453622 }, { tn: 6123453624 }]);
    expect(r.status).toBe('{1=[6123453624 TN is on an existing order]}');
  });

  it('rejects a cnamDip other than Y or N even beside removeTnFeature', async () => {
    const r = await order([{ tn: 6123453622, tnFeature: { callerId: { removeTnFeature: 'Y', cnamDip: 'X' } } }]);
    expect(r).toEqual({ status: '{0=[6123453622 cnamDip must be Y or N]}', statusCode: '200', orderId: 'null' });
    expect(await h.inventory('612345362x')).toContain('6123453622');
  });

  it('runs feature orders through Incomplete → Pending → Closed on the sandbox clock', async () => {
    const tnItem = [
      {
        tn: 6123453622,
        trunkGroup: 'CHCGIL24CL1_897',
        endUser: { name: 'Hope Trope', typeOfService: 'R' },
        tnFeature: { callerId: { cnamDip: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
      },
      { tn: 6123453623, trunkGroup: 'CHCGIL24CL1_897', tnFeature: { callerId: { callingName: 'ACME CORP' } } },
    ];
    const r = await order(tnItem, { customerOrderReference: 'TestOrder01' });
    expect(r.status).toBe('Success');
    const id = r.orderId as string;
    expect(id).toMatch(/^\d+$/);
    expect(await status(id)).toBe('Incomplete');
    expect((await h.call('tnAssignedList')).tnBasicList.tnBasicItem).toContainEqual({ tn: 6123453622, tnStatus: 'Pending' });
    expect((await h.call('orderList', { orderStatus: 'INCOMPLT' })).orderList.orderType.map((o: J) => String(o.orderId))).toEqual([id]);

    await h.advance(10_000);
    expect(await status(id)).toBe('Pending');
    await h.advance(250);
    expect((await h.detail('6123453622'))!.tnStatus).toBe('In Service');
    expect((await h.detail('6123453623'))!.tnStatus).toBe('Pending');
    // routed but features not yet applied (they come all at once)
    expect((await h.detail('6123453622'))!.tnFeature.messaging).toEqual({});
    await h.advance(250 + 2_999);
    expect(await status(id)).toBe('Pending');
    await h.advance(1);
    expect(await status(id)).toBe('Closed');
    const d1 = await h.detail('6123453622');
    expect(d1!.tnFeature).toMatchObject({ callerId: { cnamDip: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } });
    expect(d1!.endUser).toMatchObject({ name: 'Hope Trope', typeOfService: 'R' });
    const d2 = await h.detail('6123453623');
    expect(d2!.tnFeature.callerId.callingName).toBe('ACME CORP');
    expect(d2!.endUser.typeOfService).toBe('B');

    const detail = await h.call('orderDetail', { customerOrderReference: 'TestOrder01' });
    expect(detail.orderDetailResponse).toMatchObject({
      orderId: Number(id),
      orderStatus: 'Closed',
      productName: 'Telephone Number',
      serviceOrderName: 'New',
      customerOrderReference: 'TestOrder01',
    });
    expect(detail.orderDetailResponse.tnList.tnItem[0]).toMatchObject({
      tn: 6123453622,
      tnStatus: 'Complete',
      msgEnabled: 'Y',
      msgStatus: 'Complete',
      cnamEnabled: 'N',
    });
  });

  it('validates orders over 100 TNs in the background and records exclusions', async () => {
    const good = await h.inventory('312xxxxxxx', 103);
    const tns = [...good, '3123489651', '9995550000'];
    const r = await order(
      tns.map((tn) => ({ tn })),
      { customerOrderReference: 'BIG1' },
    );
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    const id = Number(r.orderId);
    expect(await h.call('excludedTnList', { orderId: id })).toEqual({ status: 'No Results found', statusCode: '430' });
    expect((await h.call('orderDetail', { orderId: id })).orderDetailResponse.tnList.tnItem).toEqual([]);
    await h.advance(10_000);
    const ex = await h.call('excludedTnList', { customerOrderReference: 'BIG1' });
    expect(ex.excludedTnList.excludedTnItem.map((e: J) => [e.tn, e.excludedReason])).toEqual([
      [3123489651, 'TN is already assigned to this customer'],
      [9995550000, 'TN is not in Inteliquent inventory'],
    ]);
    expect(ex.excludedTnList.excludedTnItem[0]).toMatchObject({ orderId: id, customerOrderReference: 'BIG1' });
    expect((await h.call('orderDetail', { orderId: id })).orderDetailResponse.tnList.tnItem).toHaveLength(103);
    await h.advance(103 * 250);
    expect(await status(String(id))).toBe('Closed');
    expect((await h.detail(good[102]!))!.tnStatus).toBe('In Service');
  });

  it('cancels a large order whose TNs are all invalid', async () => {
    const bad = Array.from({ length: 101 }, (_, i) => ({ tn: String(9990000000 + i) }));
    const r = await order(bad);
    await h.advance(10_000);
    expect(await status(r.orderId)).toBe('Canceled');
    expect((await h.call('excludedTnList', { orderId: r.orderId })).excludedTnList.excludedTnItem).toHaveLength(101);
  });

  it("refuses an unknown field, at the top, in a tnItem, in endUser or in a feature, with the guide's 400 and orders nothing", async () => {
    await expectUnrecognized(h, 'tnOrder', { customerOrderReference: 'OUTSIDE', tnOrder: { tnList: { tnItem: [{ tn: 6123453622 }] } } });
    await expectUnrecognized(h, 'tnOrder', { tnOrder: { tnList: { tnItem: [{ tn: 6123453622, trunkGroupName: 'CHCGIL24CL1_897' }] } } });
    await expectUnrecognized(h, 'tnOrder', { tnOrder: { tnList: { tnItem: { tn: 6123453622, endUser: { zip: '60661' } } } } });
    // The /tnE911 spelling (streetNum) inside a /tnOrder e911 block, which spells it origStreetNum.
    await expectUnrecognized(h, 'tnOrder', {
      tnOrder: { tnList: { tnItem: [{ tn: 6123453622, tnFeature: { e911: { ...E911, streetNum: '550' } } }] } },
    });
    expect(await h.inventory('612345362x')).toEqual(['6123453622', '6123453623', '6123453624']);
  });

  it('accepts every item field the guide documents, origPostalCode PlusFour spelled as the table does', async () => {
    const endUser = {
      name: 'Hope Trope',
      streetNum: '550',
      streetPreDir: 'W',
      streetName: 'Adams',
      streetType: 'St',
      streetPostDir: 'N',
      locationType1: 'FL',
      locationValue1: '9',
      locationType2: 'STE',
      locationValue2: '900',
      locationType3: 'RM',
      locationValue3: '1',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
      typeOfService: 'B',
    };
    const r = await order(
      [
        {
          tn: 6123453622,
          trunkGroup: 'CHCGIL24CL1_897',
          portOutPin: '1234',
          tnNote: 'lobby',
          endUser,
          tnFeature: {
            callerId: { callingName: 'HOPE TROPE', cnamDip: 'Y' },
            directoryListing: {
              lastName: 'Trope',
              firstName: 'Hope',
              streetNum: '550',
              streetPreDir: 'W',
              streetName: 'Adams',
              streetType: 'St',
              streetPostDir: 'N',
              location: '9th floor',
              city: 'Chicago',
              state: 'IL',
              postalCode: '60661',
            },
            e911: { ...E911, origLocation: '9th floor', 'origPostalCode PlusFour': '3665' },
            messaging: { messageClass: 'P2P', messageType: 'SMS', netNumberId: '1234567890' },
          },
        },
      ],
      { customerOrderReference: 'EVERY1' },
    );
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
  });
});

describe('Character Limits (L13309–L13352) on /tnOrder and /tnFeatureOrder items', () => {
  it('excludes a TN whose end user, directory listing, E911 or messaging field is too long', async () => {
    const r = await order([
      { tn: 6123453622, endUser: { name: 'N'.repeat(33) } },
      { tn: 6123453623, endUser: { city: 'Chicago', state: 'ILL' } },
      { tn: 6123453624, tnFeature: { directoryListing: { lastName: 'Trope', location: 'L'.repeat(31) } } },
      { tn: '3184074100', tnFeature: { e911: { ...E911, origStreetInfo: 'S'.repeat(49) } } },
      { tn: '3184074101', tnFeature: { e911: { ...E911, origPostalCodePlusFour: '12345' } } },
      { tn: '3184074102', tnFeature: { messaging: { messageClass: 'P2P', messageType: 'SMS', netNumberId: '12345678901' } } },
    ]);
    expect(r).toEqual({
      status:
        '{0=[6123453622 Character limit is exceeded for:endUser.name (maximum 32)], ' +
        '1=[6123453623 Character limit is exceeded for:endUser.state (maximum 2)], ' +
        '2=[6123453624 Character limit is exceeded for:directoryListing.location (maximum 30)], ' +
        '3=[3184074100 Character limit is exceeded for:e911.origStreetInfo (maximum 48)], ' +
        '4=[3184074101 Character limit is exceeded for:e911.origPostalCodePlusFour (maximum 4)], ' +
        '5=[3184074102 Character limit is exceeded for:messaging.netNumberId (maximum 10)]}',
      statusCode: '200',
      orderId: 'null',
    });
    expect(await h.inventory('612345362x')).toEqual(['6123453622', '6123453623', '6123453624']);
  });

  it('accepts every field at its limit, and typeOfService both as B/R (L13321) and as Business/Residence (L1628)', async () => {
    const r = await order([
      {
        tn: 6123453622,
        endUser: {
          name: 'N'.repeat(32),
          streetNum: '1'.repeat(10),
          streetPreDir: 'NW',
          streetName: 'S'.repeat(50),
          streetType: 'T'.repeat(10),
          city: 'C'.repeat(32),
          state: 'IL',
          postalCode: '6'.repeat(10),
          typeOfService: 'Business',
        },
        tnFeature: {
          directoryListing: {
            lastName: 'L'.repeat(50),
            firstName: 'F'.repeat(50),
            streetPostDir: 'SW',
            location: 'L'.repeat(30),
            city: 'C'.repeat(35),
            state: 'IL',
            postalCode: '60661',
          },
          e911: {
            name: '~Hope & Trope!',
            origStreetNum: '1'.repeat(10),
            origStreetInfo: 'S'.repeat(48),
            origLocation: 'Suite #900 (rear) '.padEnd(60, '.'),
            origCity: 'C'.repeat(32),
            origState: 'IL',
            origPostalCode: 'K1A 0B1',
            origPostalCodePlusFour: '3665',
          },
          messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS', netNumberId: '1234567890' },
        },
      },
      { tn: 6123453623, endUser: { name: 'Harry Fuzz', typeOfService: 'R' } },
      { tn: 6123453624, endUser: { name: 'Marcia Bog', typeOfService: 'Residence' } },
    ]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
  });

  it('allows only printable ASCII in e911 name and origLocation, and letters, digits and spaces in origPostalCode', async () => {
    const r = await order([
      { tn: 6123453622, tnFeature: { e911: { ...E911, name: 'José Trope' } } },
      { tn: 6123453623, tnFeature: { e911: { ...E911, origLocation: 'Suite\t9' } } },
      { tn: 6123453624, tnFeature: { e911: { ...E911, origPostalCode: '60661-3665' } } },
    ]);
    expect(r.status).toBe(
      '{0=[6123453622 Invalid characters in e911.name; only printable ASCII characters are allowed], ' +
        '1=[6123453623 Invalid characters in e911.origLocation; only printable ASCII characters are allowed], ' +
        '2=[6123453624 Invalid e911.origPostalCode; only letters, digits and spaces are allowed]}',
    );
  });
});

describe('required feature groups: /tnOrder (L1665, L1667) versus /tnFeatureOrder (L1989–L2000)', () => {
  it('/tnOrder requires the E911 address and messageClass/messageType', async () => {
    const r = await order([
      { tn: 6123453622, tnFeature: { e911: { name: 'Hope Trope', origCity: 'Chicago' } } },
      { tn: 6123453623, tnFeature: { messaging: { messageType: 'SMS' } } },
    ]);
    expect(r.status).toBe(
      '{0=[6123453622 Fields are Required: e911.origStreetNum, e911.origStreetInfo, e911.origState, e911.origPostalCode], ' +
        '1=[6123453623 Fields are Required: messaging.messageClass, messaging.messageType]}',
    );
  });
});
