import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';
import { choose, FOREIGN, orderPortIn } from '../port-in/port-fixtures.js';

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

describe('orderDetail', () => {
  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'orderDetail', { orderId: 1026470, orderNumber: 1026470 });
  });

  it('accepts both keys, as the example sends them (L9850)', async () => {
    const seeded = (await h.call('orderList', { pageSort: { size: 1 } })).orderList.orderType[0];
    const r = await h.call('orderDetail', { orderId: seeded.orderId, customerOrderReference: seeded.customerOrderReference });
    expect(r.orderDetailResponse.orderId).toBe(seeded.orderId);
  });

  it("carries every key of the guide's line (L9852–L9905): end user in full with its status, port-in and toll-free members", async () => {
    const [tn] = await h.inventory('773516xxxx', 1);
    const endUser = {
      name: 'Marcia Bog',
      streetNum: '123',
      streetName: 'Winding',
      streetType: 'Way',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
      typeOfService: 'R',
    };
    const r = await h.call('tnOrder', {
      tnOrder: { tnList: { tnItem: [{ tn, endUser, tnFeature: { callerId: { callingName: 'ACME' } } }] } },
    });
    const line = (await h.call('orderDetail', { orderId: Number(r.orderId) })).orderDetailResponse.tnList.tnItem[0] as J;
    expect(Object.keys(line)).toEqual(
      expect.arrayContaining([
        'tnGroup',
        'accountNum',
        'atn',
        'authName',
        'authDate',
        'accountPin',
        'routingLabel',
        'respOrgName',
        'respOrgPrefix',
        'cicList',
        'cicCompanyList',
      ]),
    );
    expect(line).toMatchObject({ tnGroup: '', accountNum: '', authDate: '', cicList: { cic: [] }, cicCompanyList: { cicCompany: [] } });
    expect(line.endUser).toEqual({
      ...endUser,
      streetPreDir: '',
      streetPostDir: '',
      locationType1: '',
      locationValue1: '',
      locationType2: '',
      locationValue2: '',
      locationType3: '',
      locationValue3: '',
      typeOfService: 'Residence',
      status: 'Received',
    });

    await choose(h, [FOREIGN[0]!], { jeopardy: null });
    const port = await orderPortIn(h, [FOREIGN[0]!]);
    await h.advance(11_000); // past Incomplete: the lines show
    const portLine = (await h.call('orderDetail', { orderId: Number(port.orderId) })).orderDetailResponse.tnList.tnItem[0] as J;
    expect(portLine).toMatchObject({
      accountNum: '12345',
      atn: '8009247586',
      authName: 'Jean Blues',
      authDate: '2025-01-01 00:00:00.0',
      accountPin: '',
    });
    expect(portLine.endUser).toMatchObject({ typeOfService: 'Business', status: 'Received', streetPreDir: '' });
  });
});
