import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';
import { choose, DAY, FOREIGN, orderPortIn } from '../port-in/port-fixtures.js';

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

const E911 = {
  name: 'Patricia Burgher',
  origStreetNum: '100',
  origStreetInfo: 'N Main St',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60661',
};
const update = (orderId: string, extra: J) => h.call('orderUpdate', { orderUpdate: { orderId: Number(orderId), ...extra } });
const detail = async (orderId: string) => (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse;
const lineOf = async (orderId: string, tn: string) => (await detail(orderId)).tnList.tnItem.find((i: J) => String(i.tn) === tn);

/** A Pending feature order of eight numbers: none routed yet when it turns Pending. */
async function pendingOrder(): Promise<{ id: string; tns: string[] }> {
  const tns = await h.inventory('773516xxxx', 8);
  const r = await h.call('tnOrder', {
    tnOrder: { tnList: { tnItem: tns.map((tn) => ({ tn, tnFeature: { callerId: { callingName: 'ACME' } } })) } },
  });
  return { id: r.orderId as string, tns };
}

describe('orderUpdate', () => {
  it('refuses an order that is not Pending, then applies the guide example: a cancelled number and an E911 change', async () => {
    const { id, tns } = await pendingOrder();
    expect(await update(id, { desiredDueDate: '2015-12-15' })).toEqual({
      statusCode: '410',
      status: `Invalid Request: order ${id} is Incomplete; only Pending orders can be updated`,
    });
    await h.advance(10_000);
    const answer = await update(id, {
      customerOrderReference: 'customerRef12345',
      desiredDueDate: '2030-12-15',
      tnList: {
        tnItem: [
          { tn: Number(tns[6]), cancelTn: 'Y' },
          { tn: Number(tns[7]), tnFeature: { e911: E911, messaging: { cancelFeatureRequest: 'Y' } } },
        ],
      },
    });
    // The guide's answer: statusCode as a JSON number (L10297).
    expect(answer).toEqual({ statusCode: 200, status: 'Success' });
    const d = await detail(id);
    expect(d.desiredDueDate).toBe('2030-12-15');
    expect(await lineOf(id, tns[6]!)).toMatchObject({ tnStatus: 'Canceled' });
    expect((await lineOf(id, tns[7]!)).tnFeature).toEqual({ callerId: { callingName: 'ACME' }, e911: E911 });
    expect(await update('42', { desiredDueDate: '2030-12-15' })).toEqual({ status: 'Invalid Order Id', statusCode: '410' });
  });

  it('checks every "must be sent together" group and the values before changing anything', async () => {
    const { id, tns } = await pendingOrder();
    await h.advance(10_000);
    const item = (extra: J) => update(id, { tnList: { tnItem: [{ tn: Number(tns[0]), ...extra }] } });
    expect(await update(id, { desiredPortTimeZone: 'US/Central' })).toEqual({
      statusCode: '414',
      status: 'Fields are Required: orderUpdate.desiredPortTime',
    });
    expect(await update(id, { desiredPortTime: '14:00' })).toMatchObject({ statusCode: '414' });
    expect(await update(id, { desiredPortTime: '14:00', desiredPortTimeZone: 'US/Hawaii' })).toMatchObject({ statusCode: '416' });
    expect(await item({ tnFeature: { e911: { name: 'Pat' } } })).toMatchObject({
      statusCode: '414',
      status: expect.stringContaining('tnItem[0].tnFeature.e911.origStreetNum'),
    });
    expect(await item({ endUser: { name: 'Pat', city: 'Chicago' } })).toMatchObject({ statusCode: '414' });
    expect(await item({ accountNum: '1234' })).toMatchObject({ statusCode: '416', status: expect.stringContaining('port-in orders only') });
    expect(await item({ trunkGroup: 'NOPE' })).toEqual({
      statusCode: '416',
      status: 'Invalid Input Parameters: Invalid trunk group name NOPE',
    });
    expect(await update(id, { tnList: { tnItem: [{ tn: 3125550000, cancelTn: 'Y' }] } })).toMatchObject({ statusCode: '416' });
    // A refused item leaves the items before it untouched.
    expect(
      await update(id, {
        tnList: {
          tnItem: [
            { tn: Number(tns[1]), cancelTn: 'Y' },
            { tn: Number(tns[2]), trunkGroup: 'NOPE' },
          ],
        },
      }),
    ).toMatchObject({ statusCode: '416' });
    expect(await lineOf(id, tns[1]!)).toMatchObject({ tnStatus: 'Pending' });
    await expectUnrecognized(h, 'orderUpdate', { orderUpdate: { orderId: Number(id), tnList: { tnItem: [{ tn: tns[0], pin: '1' }] } } });
  });

  it('reads messaging in either order of the swapped table and stores it with the usual meaning', async () => {
    const { id, tns } = await pendingOrder();
    await h.advance(10_000);
    const messaging = (m: J, tn: string) => update(id, { tnList: { tnItem: [{ tn: Number(tn), tnFeature: { messaging: m } }] } });
    expect(await messaging({ messageType: 'A2PLC', messageClass: 'SMS' }, tns[0]!)).toMatchObject({ statusCode: 200 });
    expect(await messaging({ messageClass: 'A2PLC', messageType: 'SMS' }, tns[1]!)).toMatchObject({ statusCode: 200 });
    for (const tn of tns.slice(0, 2))
      expect((await lineOf(id, tn)).tnFeature.messaging).toEqual({ messageClass: 'A2PLC', messageType: 'SMS' });
  });

  it('a correction moves a port-in number out of jeopardy: the losing carrier answers again with an FOC', async () => {
    await choose(h, FOREIGN, { jeopardy: null, losingCarrier: 'BellSouth/1' });
    await choose(h, [FOREIGN[1]!], { jeopardy: 'PIN required/invalid' });
    const { orderId } = await orderPortIn(h, FOREIGN.slice(0, 2));
    await h.advance(DAY + 11_000);
    expect(await lineOf(orderId, FOREIGN[1]!)).toMatchObject({ tnStatus: 'PIN required/invalid' });
    const fix = { accountNum: '777', atn: 8009247586, accountPin: '4321', authName: 'Jean Blues', authDate: '2025-01-02' };
    expect(await update(orderId, { tnList: { tnItem: [{ tn: Number(FOREIGN[1]), accountNum: '777' }] } })).toMatchObject({
      statusCode: '414',
    });
    expect(
      await update(orderId, {
        desiredPortTime: '14:00',
        desiredPortTimeZone: 'US/Pacific',
        tnList: { tnItem: [{ tn: Number(FOREIGN[1]), ...fix }] },
      }),
    ).toEqual({ statusCode: 200, status: 'Success' });
    expect(await lineOf(orderId, FOREIGN[1]!)).toMatchObject({ tnStatus: 'Pending', accountNum: '777', portTime: '14:00 US/Pacific' });
    await h.advance(DAY);
    const line = await lineOf(orderId, FOREIGN[1]!);
    expect(line).toMatchObject({ tnStatus: 'Received FOC', accountPin: '' });
    expect(line.portDt).toEqual(expect.any(String));
  });
});
