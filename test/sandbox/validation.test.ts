/**
 * Validation rules read from the guide (services-api-guide.txt) that the sandbox enforces on the
 * wire: the Character Limits table, per-operation acceptable values, and the exact status texts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, items, type J } from './helpers.js';

let h: Harness;
beforeAll(async () => { h = await Harness.start(); });
afterAll(async () => { await h.close(); });
beforeEach(async () => { await h.control('POST', 'reset', {}); await h.refreshToken(); });

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });
const featureOrder = (tnItem: J[], extra: J = {}) => h.call('tnFeatureOrder', { tnFeatureOrder: { ...extra, tnList: { tnItem } } });
const E911 = { name: 'Hope Trope', origStreetNum: '550', origStreetInfo: 'W Adams St', origCity: 'Chicago', origState: 'IL', origPostalCode: '60661' };

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
      status: '{0=[6123453622 Character limit is exceeded for:endUser.name (maximum 32)], '
        + '1=[6123453623 Character limit is exceeded for:endUser.state (maximum 2)], '
        + '2=[6123453624 Character limit is exceeded for:directoryListing.location (maximum 30)], '
        + '3=[3184074100 Character limit is exceeded for:e911.origStreetInfo (maximum 48)], '
        + '4=[3184074101 Character limit is exceeded for:e911.origPostalCodePlusFour (maximum 4)], '
        + '5=[3184074102 Character limit is exceeded for:messaging.netNumberId (maximum 10)]}',
      statusCode: '200',
      orderId: 'null',
    });
    expect(await h.inventory('612345362x')).toEqual(['6123453622', '6123453623', '6123453624']);
  });

  it('accepts every field at its limit, and typeOfService both as B/R (L13321) and as Business/Residence (L1628)', async () => {
    const r = await order([
      {
        tn: 6123453622,
        endUser: { name: 'N'.repeat(32), streetNum: '1'.repeat(10), streetPreDir: 'NW', streetName: 'S'.repeat(50), streetType: 'T'.repeat(10), city: 'C'.repeat(32), state: 'IL', postalCode: '6'.repeat(10), typeOfService: 'Business' },
        tnFeature: {
          directoryListing: { lastName: 'L'.repeat(50), firstName: 'F'.repeat(50), streetPostDir: 'SW', location: 'L'.repeat(30), city: 'C'.repeat(35), state: 'IL', postalCode: '60661' },
          e911: { name: '~Hope & Trope!', origStreetNum: '1'.repeat(10), origStreetInfo: 'S'.repeat(48), origLocation: 'Suite #900 (rear) '.padEnd(60, '.'), origCity: 'C'.repeat(32), origState: 'IL', origPostalCode: 'K1A 0B1', origPostalCodePlusFour: '3665' },
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
    expect(r.status).toBe('{0=[6123453622 Invalid characters in e911.name; only printable ASCII characters are allowed], '
      + '1=[6123453623 Invalid characters in e911.origLocation; only printable ASCII characters are allowed], '
      + '2=[6123453624 Invalid e911.origPostalCode; only letters, digits and spaces are allowed]}');
  });

  it('applies the limits to /tnFeatureOrder too, but not to a block being removed', async () => {
    const r = await featureOrder([
      { tn: 3124795862, endUser: { streetPreDir: 'NNW' }, tnFeature: { callerId: { cnamDip: 'Y' } } },
      { tn: 3124795863, tnFeature: { directoryListing: { removeTnFeature: 'Y', lastName: 'L'.repeat(60) } } },
    ]);
    expect(r.status).toBe('{0=[3124795862 Character limit is exceeded for:endUser.streetPreDir (maximum 2)]}');
    expect(r.orderId).toMatch(/^\d+$/);
  });
});

describe('required feature groups: /tnOrder (L1665, L1667) versus /tnFeatureOrder (L1989–L2000)', () => {
  it('/tnOrder requires the E911 address and messageClass/messageType', async () => {
    const r = await order([
      { tn: 6123453622, tnFeature: { e911: { name: 'Hope Trope', origCity: 'Chicago' } } },
      { tn: 6123453623, tnFeature: { messaging: { messageType: 'SMS' } } },
    ]);
    expect(r.status).toBe('{0=[6123453622 Fields are Required: e911.origStreetNum, e911.origStreetInfo, e911.origState, e911.origPostalCode], '
      + '1=[6123453623 Fields are Required: messaging.messageClass, messaging.messageType]}');
  });

  it('/tnFeatureOrder accepts a partial E911 or messaging change and merges it into the number\'s features', async () => {
    await featureOrder([{ tn: 3124795862, tnFeature: { e911: E911, messaging: { messageClass: 'P2P', messageType: 'SMS' } } }]);
    await h.advance(13_000);
    const r = await featureOrder([{ tn: 3124795862, tnFeature: { e911: { origLocation: 'Suite 900' }, messaging: { messageType: 'MMS' } } }]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    await h.advance(13_000);
    const d = await h.detail('3124795862');
    expect(d!.tnFeature.e911).toEqual({ ...E911, origLocation: 'Suite 900' });
    expect(d!.tnFeature.messaging).toEqual({ messageClass: 'P2P', messageType: 'MMS' });
  });

  it('/tnFeatureOrder still checks the values it is sent', async () => {
    const r = await featureOrder([
      { tn: 3124795862, tnFeature: { messaging: { messageClass: 'A2P' } } },
      { tn: 3124795863, tnFeature: { messaging: { messageType: 'FAX' } } },
    ]);
    expect(r).toEqual({
      status: '{0=[3124795862 Invalid messageClass; acceptable values are P2P, A2PLC, and A2P8XX], '
        + '1=[3124795863 Invalid messageType; acceptable values are SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT and SMSMMS_ALT]}',
      statusCode: '200',
      orderId: 'null',
    });
  });
});

describe('customerOrderReference', () => {
  const INVALID = { status: 'CustomerOrderReference has invalid characters and cannot include <, \\, ^, ~, `, }, {, >, =, ], [, !', statusCode: '409' };

  it('refuses the vendor Swagger\'s forbidden characters on every order-creating operation, creating nothing', async () => {
    expect(await order([{ tn: 6123453622 }], { customerOrderReference: 'ACME<42>' })).toEqual(INVALID);
    expect(await h.call('tnUpdate', { customerOrderReference: 'a\\b', ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }) })).toEqual(INVALID);
    expect(await featureOrder([{ tn: 3124795862, tnFeature: { callerId: { cnamDip: 'Y' } } }], { customerOrderReference: 'Hi!' })).toEqual(INVALID);
    expect(await h.call('tnDisconnect', { customerOrderReference: '[1]', ...items([3123489654]) })).toEqual(INVALID);
    expect(await h.inventory('6123453622')).toEqual(['6123453622']);
    expect((await h.detail('3123489654'))!.tnStatus).toBe('In Service');
    expect(await h.call('orderList', { orderStatus: 'INCOMPLT' })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it('accepts alphanumeric references and other punctuation', async () => {
    const r = await h.call('tnDisconnect', { customerOrderReference: 'Acme-42 batch_7', ...items([3123489654]) });
    expect(r.orderId).toMatch(/^\d+$/);
    expect((await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse.customerOrderReference).toBe('Acme-42 batch_7');
  });
});

describe('/tnDetail acceptable values (L1805–L1821)', () => {
  const search = (item: J) => h.call('tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: 'xxxxxxxxxx', ...item }] } });

  it('answers 416 for a messageClass, messageType, tier, lata or province outside the documented values', async () => {
    expect(await search({ messageClass: 'A2P' })).toEqual({ status: 'Invalid Input Parameters: messageClass must be one of P2P, A2PLC, A2P8XX', statusCode: '416' });
    expect(await search({ messageType: 'FAX' })).toEqual({ status: 'Invalid Input Parameters: messageType must be one of SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT, SMSMMS_ALT', statusCode: '416' });
    expect((await search({ rateCenterTier: 'Z9' })).statusCode).toBe('416');
    expect(await search({ lata: '35' })).toEqual({ status: 'Invalid Input Parameters: lata must be three digits', statusCode: '416' });
    expect(await search({ province: 'Illinois' })).toEqual({ status: 'Invalid Input Parameters: province must be a two-letter state or province abbreviation', statusCode: '416' });
  });

  it('accepts the documented values, and tier 1 as /tnInventory lists it (L830)', async () => {
    expect((await search({ messageClass: 'P2P', messageType: 'SMS', lata: '358', province: 'il' })).statusCode).toMatch(/^(200|430)$/);
    const atlanta = await search({ rateCenterTier: '1' });
    expect(atlanta.statusCode).toBe('200');
    expect(atlanta.tnList.tnItem.every((x: J) => x.rateCenterTier === 'Tier 1')).toBe(true);
    expect((await search({ rateCenterTier: 'Tier 0' })).statusCode).toBe('200');
  });
});

describe('/tnInventory and /tnInventoryCoverage acceptable values', () => {
  it('answers 416 for wireless or searchOnNetOnly other than Y/N and for a province that is not two letters', async () => {
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', wireless: 'maybe' })).toEqual({ status: 'Invalid Input Parameters: wireless must be Y or N', statusCode: '416' });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', searchOnNetOnly: 'X' })).toEqual({ status: 'Invalid Input Parameters: searchOnNetOnly must be Y or N', statusCode: '416' });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', province: 'ILL' })).toEqual({ status: 'Invalid Input Parameters: province must be a two-letter state or province abbreviation', statusCode: '416' });
    expect(await h.call('tnInventoryCoverage', { wireless: 'X' })).toEqual({ status: 'Invalid Input Parameters: wireless must be Y or N', statusCode: '416' });
    expect((await h.call('tnInventoryCoverage', { province: '1L' })).statusCode).toBe('416');
    // Y/N still work, wireless N on a wireline account included.
    expect((await h.call('tnInventory', { tnMask: '318407410x', wireless: 'N', searchOnNetOnly: 'N', province: 'la' })).totalItems).toBe('10');
    expect((await h.call('tnInventoryCoverage', { wireless: 'N', province: 'LA' })).statusCode).toBe('200');
  });

  it('takes pageSort.direction as documented, lower case only (L843)', async () => {
    expect((await h.call('tnInventory', { tnMask: '318407410x', pageSort: { property: 'tn', direction: 'desc' } })).statusCode).toBe('200');
    const upper = await h.call('tnInventory', { tnMask: '318407410x', pageSort: { property: 'tn', direction: 'DESC' } });
    expect(upper.statusCode).toBe('416');
  });

  it('reads a ten-digit tnMask sent as a JSON number', async () => {
    const r = await h.call('tnInventory', { tnMask: 3184074100 });
    expect(r.tnResult.map((x: J) => x.telephoneNumber)).toEqual(['3184074100']);
  });
});

describe('malformed tn filters: 409 "Invalid TN submitted:" (L2647–L2651, L2722)', () => {
  it('on /orderList and /excludedTnList', async () => {
    expect(await h.call('orderList', { tn: '312348965' })).toEqual({ status: 'Invalid TN submitted:[312348965]', statusCode: '409' });
    expect(await h.call('excludedTnList', { tn: 'abc' })).toEqual({ status: 'Invalid TN submitted:[abc]', statusCode: '409' });
  });
});

describe('malformed request bodies', () => {
  it('answer 400 with the guide\'s exact text and HTTP 200 (L3449, L9691)', async () => {
    const res = await fetch(`${h.sb.servicesUrl}/tnReservedList`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await h.refreshToken()}` },
      // The guide's own /tnReservedList example, trailing comma included (L1370).
      body: '{\n  "privateKey": "sandbox-api-key",\n}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'Request format not recognized (Unrecognized fields in json)', statusCode: '400' });
  });
});
