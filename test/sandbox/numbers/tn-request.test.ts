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

/** The guide's example request (L4570), less the key the harness adds. */
const EXAMPLE: J = {
  customerOrderReference: 'abcsdsd88246',
  state: 'IL',
  lata: '550',
  rateCenter: 'WSHNGTNZN1',
  npa: '312',
  nxx: '348',
  quantity: 10,
  trunkGroup: 'Main Trunk Group',
  activate: 'Y',
};

const request = (body: J) => h.call('tnRequest', body);
const detail = async (orderId: string) => (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse as J;
const orderTns = async (orderId: string) => ((await detail(orderId)).tnList.tnItem as J[]).map((i) => String(i['tn']));

describe('tnRequest', () => {
  it("answers the example's shape: orderId a string, for an order of new numbers in the NPA-NXX asked for", async () => {
    // The example's trunk group "Main Trunk Group" is not one of the sandbox account's: use one that is.
    const r = await request({ ...EXAMPLE, trunkGroup: 'CHCGIL24CL1_897' });
    expect(Object.keys(r)).toEqual(['status', 'statusCode', 'orderId']);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    const d = await detail(r.orderId);
    expect(d).toMatchObject({
      orderStatus: 'Incomplete',
      productName: 'Telephone Number',
      serviceOrderName: 'New',
      customerOrderReference: 'abcsdsd88246',
    });
    const tns = await orderTns(r.orderId);
    expect(tns).toHaveLength(10);
    expect(new Set(tns).size).toBe(10);
    // NPA-NXX 312-348 is Chicago's: it wins over the example's disagreeing rate center and LATA.
    for (const tn of tns) expect(tn.startsWith('312348')).toBe(true);
    expect(d.tnList.tnItem[0]).toMatchObject({ rateCenter: 'CHICAGO', province: 'IL', trunkGroup: 'CHCGIL24CL1_897', tnStatus: 'Pending' });
    // None of them was in use: the seeded account numbers of that NPA-NXX are not among them.
    expect(tns).not.toContain('3123489651');
    const list = await h.call('orderList', { orderId: Number(r.orderId) });
    expect(list.orderList.orderType[0]).toMatchObject({ productName: 'Telephone Number', serviceOrderName: 'New', tnQuantity: 10 });
  });

  it('with activate Y, the numbers are Pending on the account, then In Service on the trunk group as the order routes them', async () => {
    const r = await request({ npa: '630', nxx: '420', quantity: 3, trunkGroup: 'CHCGIL24CL1_898', activate: 'Y' });
    const tns = await orderTns(r.orderId);
    expect((await h.detail(tns[0]!))!.tnStatus).toBe('Pending');
    expect(await h.inventory(tns[0]!)).toEqual([]);
    await h.advance(10_000);
    expect((await detail(r.orderId)).orderStatus).toBe('Pending');
    await h.advance(3 * 250);
    expect((await detail(r.orderId)).orderStatus).toBe('Closed');
    for (const tn of tns) {
      expect(await h.detail(tn)).toMatchObject({ tnStatus: 'In Service', trunkGroup: 'CHCGIL24CL1_898', rateCenter: 'NAPERVILLE' });
    }
  });

  it('without activate, the numbers join the searchable inventory and stay off the account', async () => {
    const r = await request({ state: 'mn', quantity: 2 });
    const tns = await orderTns(r.orderId);
    expect(tns).toHaveLength(2);
    for (const tn of tns) {
      expect(tn.slice(0, 3)).toBe('612');
      expect(await h.inventory(tn)).toEqual([tn]);
      expect(await h.detail(tn)).toBeUndefined();
    }
    expect((await detail(r.orderId)).tnList.tnItem[0].tnStatus).toBe('Complete');
    await h.advance(10_000 + 2 * 250);
    expect((await detail(r.orderId)).orderStatus).toBe('Closed');
    // Requested numbers can be ordered like any other inventory number.
    const ordered = await h.call('tnOrder', { tnOrder: { tnList: { tnItem: [{ tn: Number(tns[0]) }] } } });
    expect(ordered).toEqual({ status: 'Success', statusCode: '200', orderId: 'null' });
  });

  it('never hands out a number twice, and activate N is the same as leaving it out', async () => {
    const first = await orderTns((await request({ npa: '202', nxx: '335', quantity: 5, activate: 'N' })).orderId);
    const second = await orderTns((await request({ npa: '202', nxx: '335', quantity: 5 })).orderId);
    expect(new Set([...first, ...second]).size).toBe(10);
    expect(await h.inventory('202335xxxx', 500)).toEqual(expect.arrayContaining([...first, ...second]));
  });

  it('requires a quantity (414) and refuses malformed values (416)', async () => {
    const { quantity: _q, ...noQuantity } = EXAMPLE;
    expect(await request(noQuantity)).toEqual({ status: 'Fields are Required: quantity', statusCode: '414' });
    expect(await request({ quantity: 0 })).toEqual({
      status: 'Invalid Input Parameters: quantity must be a positive whole number, got 0',
      statusCode: '416',
    });
    expect(await request({ quantity: '2.5' })).toEqual({
      status: 'Invalid Input Parameters: quantity must be a positive whole number, got 2.5',
      statusCode: '416',
    });
    expect(await request({ quantity: 1, state: 'Illinois' })).toEqual({
      status: 'Invalid Input Parameters: state must be a two-letter abbreviation, got Illinois',
      statusCode: '416',
    });
    expect(await request({ quantity: 1, npa: '31' })).toEqual({
      status: 'Invalid Input Parameters: npa must be three digits, got 31',
      statusCode: '416',
    });
    expect(await request({ quantity: 1, lata: 'abc' })).toEqual({
      status: 'Invalid Input Parameters: lata must be three digits, got abc',
      statusCode: '416',
    });
    expect(await request({ quantity: 1, activate: 'maybe' })).toEqual({
      status: 'Invalid Input Parameters: activate must be Y or N, got maybe',
      statusCode: '416',
    });
  });

  it('refuses an unknown trunk group with the reason /tnOrder gives, and the example body for that reason', async () => {
    expect(await request(EXAMPLE)).toEqual({
      status: 'Invalid Input Parameters: Invalid trunk group name Main Trunk Group',
      statusCode: '416',
    });
    // No order was created for the refused request.
    expect(await h.call('orderList', { customerOrderReference: 'abcsdsd88246' })).toEqual({
      status: 'No Results Found',
      statusCode: '430',
    });
  });

  it('refuses criteria it cannot serve and a quantity beyond what the criteria hold, creating no order', async () => {
    expect(await request({ quantity: 1, npa: '999' })).toEqual({
      status: 'Invalid Input Parameters: No numbers can be requested for NPA 999',
      statusCode: '416',
    });
    expect(await request({ quantity: 1, rateCenter: 'NOWHERE', state: 'IL' })).toEqual({
      status: 'Invalid Input Parameters: No numbers can be requested for rate center NOWHERE',
      statusCode: '416',
    });
    const tooMany = await request({ quantity: 10_000, npa: '907', nxx: '274' });
    expect(tooMany.statusCode).toBe('416');
    expect(tooMany.status).toMatch(/^Invalid Input Parameters: quantity 10000 exceeds the \d+ numbers available for these criteria$/);
    expect(await request({ quantity: 1, customerOrderReference: 'a<b' })).toEqual({
      status: 'CustomerOrderReference has invalid characters and cannot include <, \\, ^, ~, `, }, {, >, =, ], [, !',
      statusCode: '409',
    });
  });

  it('refuses a field the operation does not know', async () => {
    await expectUnrecognized(h, 'tnRequest', { quantity: 1, province: 'IL' });
  });
});
