import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';
import { choose, DAY, day, FOREIGN, orderPortIn, portItem } from './port-fixtures.js';

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
  await choose(h, FOREIGN, { jeopardy: null, losingCarrier: 'BellSouth/1' });
});

const line = async (orderId: string, tn: string) =>
  (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.tnList.tnItem.find(
    (i: { tn: number }) => String(i.tn) === tn,
  );

describe('portInOrder', () => {
  it('answers the guide example shape: orderId as a string, statusCode "200"', async () => {
    const r = await orderPortIn(h, [FOREIGN[0]!], { customerOrderReference: 'TestOrder06' });
    expect(r).toEqual({ orderId: expect.stringMatching(/^\d+$/), statusCode: '200', status: 'Success' });
    const d = (await h.call('orderDetail', { orderId: Number(r.orderId) })).orderDetailResponse;
    expect(d).toMatchObject({ orderStatus: 'Incomplete', productName: 'LNP Port-In', customerOrderReference: 'TestOrder06' });
  });

  it('moves each number Pending → Received FOC with portDt → Complete on the port date, then In Service', async () => {
    const { orderId } = await orderPortIn(h, FOREIGN.slice(0, 2), { desiredPortTime: '09:00', desiredPortTimeZone: 'US/Central' });
    await h.advance(11_000);
    const pending = await line(orderId, FOREIGN[0]!);
    expect(pending).toMatchObject({
      tnStatus: 'Pending',
      portTime: '09:00 US/Central',
      tnGroup: expect.stringContaining('BellSouth/1'),
      accountPin: '',
    });
    expect(pending.portDt).toBeUndefined();
    await h.advance(DAY);
    const foc = await line(orderId, FOREIGN[0]!);
    expect(foc).toMatchObject({ tnStatus: 'Received FOC', portDt: `${await day(h, 3)}T00:00:00.000+0000` });
    await h.advance(4 * DAY);
    expect(await line(orderId, FOREIGN[0]!)).toMatchObject({ tnStatus: 'Complete' });
    expect((await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.orderStatus).toBe('Closed');
    expect(await h.detail(FOREIGN[1]!)).toMatchObject({ tnStatus: 'In Service', trunkGroup: 'CHCGIL24CL1_897' });
  });

  it('puts a chosen number in jeopardy with the reason as its tnStatus, and lists port-ins in /orderList', async () => {
    await choose(h, [FOREIGN[1]!], { jeopardy: 'PIN required/invalid' });
    const { orderId } = await orderPortIn(h, FOREIGN.slice(0, 2));
    const due = await day(h, 4);
    await h.advance(DAY + 11_000);
    expect(await line(orderId, FOREIGN[1]!)).toMatchObject({ tnStatus: 'PIN required/invalid' });
    expect((await line(orderId, FOREIGN[1]!)).portDt).toBeUndefined();
    const listed = (await h.call('orderList', { productId: 113 })).orderList.orderType;
    expect(listed).toEqual([
      expect.objectContaining({ orderId: Number(orderId), productName: 'LNP Port-In', desiredDueDate: `${due}T00:00:00.000+0000` }),
    ]);
  });

  it('excludes numbers already on the account or on a pending order in the background (/excludedTnList)', async () => {
    const first = await orderPortIn(h, [FOREIGN[0]!]);
    const { orderId } = await orderPortIn(h, [FOREIGN[0]!, FOREIGN[2]!]);
    await h.advance(11_000);
    const ex = await h.call('excludedTnList', { orderId: Number(orderId) });
    expect(JSON.stringify(ex)).toContain('TN is on a pending order');
    expect(first.statusCode).toBe('200');
  });

  it('refuses a request missing required fields with 414 naming the field', async () => {
    expect(await h.call('portInOrder', { portInOrder: { tnList: { tnItem: [portItem(FOREIGN[0]!)] } } })).toEqual({
      status: 'Fields are Required: portInOrder.desiredDueDate',
      statusCode: '414',
    });
    const desiredDueDate = await day(h, 4);
    const noAtn = portItem(FOREIGN[0]!);
    delete noAtn['atn'];
    expect(await h.call('portInOrder', { portInOrder: { desiredDueDate, tnList: { tnItem: [noAtn] } } })).toEqual({
      status: 'Fields are Required: portInOrder.tnList.tnItem[0].atn',
      statusCode: '414',
    });
    expect((await h.call('portInOrder', {})).statusCode).toBe('414');
  });

  it('validates authDate, port time, time zone, the Canadian reseller rule (416/414) before any order', async () => {
    const desiredDueDate = await day(h, 4);
    const order = (extra: Record<string, unknown>, item = portItem(FOREIGN[0]!)) =>
      h.call('portInOrder', { portInOrder: { desiredDueDate, ...extra, tnList: { tnItem: [item] } } });
    expect(await order({}, portItem(FOREIGN[0]!, { authDate: await day(h, 1) }))).toEqual({
      status: 'Invalid Input Parameters: portInOrder.tnList.tnItem[0].authDate must be today or earlier',
      statusCode: '416',
    });
    expect((await order({ desiredPortTime: '9am' })).status).toBe('Invalid Input Parameters: desiredPortTime must be HH:MM (e.g. 14:00)');
    expect((await order({ desiredPortTimeZone: 'EST' })).statusCode).toBe('416');
    const canadian = portItem(FOREIGN[0]!, { endUser: { ...portItem('x').endUser, state: 'ON' } });
    expect((await order({}, canadian)).status).toBe('Fields are Required: portInOrder.resellerName (required for Canadian port orders)');
    expect((await order({ resellerName: 'Bell Canada' }, canadian)).statusCode).toBe('200');
  });

  it('refuses unknown fields at the top level and inside a tnItem', async () => {
    const desiredDueDate = await day(h, 4);
    await expectUnrecognized(h, 'portInOrder', { portInOrder: { desiredDueDate, tnList: { tnItem: [portItem(FOREIGN[0]!)] } }, extra: 1 });
    await expectUnrecognized(h, 'portInOrder', {
      portInOrder: { desiredDueDate, tnList: { tnItem: [portItem(FOREIGN[0]!, { pin: '1' })] } },
    });
  });
});
