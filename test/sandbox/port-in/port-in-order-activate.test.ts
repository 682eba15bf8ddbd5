import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';
import { choose, DAY, FOREIGN, orderPortIn } from './port-fixtures.js';

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
  await choose(h, FOREIGN.slice(0, 2), { jeopardy: null, losingCarrier: 'BellSouth/1' });
  await choose(h, [FOREIGN[2]!], { jeopardy: null, losingCarrier: 'Ameritech/1' });
});

describe('portInOrderAvailableActivation and portInOrderActivate', () => {
  it('offers an on-demand group on its FOC date, activates it, and reports each group in the packed status', async () => {
    const { orderId } = await orderPortIn(h, FOREIGN, { onDemandActivation: 'Y', customerOrderReference: 'customerRef12345' });
    const ref = { orderId: Number(orderId), customerOrderReference: 'customerRef12345' };
    await h.advance(DAY + 11_000);
    expect(await h.call('portInOrderAvailableActivation', ref)).toEqual({
      status: 'Success',
      statusCode: '200',
      availableActivationList: [],
    });
    await h.advance(3 * DAY);
    const available = (await h.call('portInOrderAvailableActivation', ref)).availableActivationList;
    expect(available).toHaveLength(2);
    const bell = available.find((g: { tnGroup: string }) => g.tnGroup.endsWith('BellSouth/1'));
    expect(bell).toEqual({
      tnGroup: expect.stringMatching(/^Group ID \d+ - BellSouth\/1$/),
      focDt: expect.stringMatching(/^\d{4}-\d{2}-\d{2} 00:00:00\.0$/),
      tnList: { tnItem: [{ tn: Number(FOREIGN[0]) }, { tn: Number(FOREIGN[1]) }] },
    });
    const r = await h.call('portInOrderActivate', { ...ref, tnGroup: ['Group ID 93453 - Ameritech/1', bell.tnGroup] });
    expect(r).toEqual({
      statusCode: '200',
      status: `tnGroup:Group ID 93453 - Ameritech/1 Status:{1=[TN group not available for portGroup ID 93453 - Ameritech/1]}|tnGroup:${bell.tnGroup} Status:Success|}`,
    });
    const detail = (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.tnList.tnItem;
    expect(detail.map((i: { tnStatus: string }) => i.tnStatus)).toEqual(['Activated', 'Activated', 'Received FOC']);
    expect(await h.detail(FOREIGN[0]!)).toMatchObject({ tnStatus: 'In Service' });
    expect((await h.call('portInOrderAvailableActivation', ref)).availableActivationList).toHaveLength(1);
  });

  it('needs an order key and tnGroup; an unknown order is 410 "Invalid Order Id"; unknown fields are refused', async () => {
    expect(await h.call('portInOrderAvailableActivation', {})).toEqual({
      status: 'Fields are Required: orderId or customerOrderReference',
      statusCode: '414',
    });
    expect(await h.call('portInOrderActivate', { orderId: 42, tnGroup: ['x'] })).toEqual({ status: 'Invalid Order Id', statusCode: '410' });
    const { orderId } = await orderPortIn(h, [FOREIGN[0]!], { onDemandActivation: 'Y' });
    expect(await h.call('portInOrderActivate', { orderId: Number(orderId) })).toEqual({
      status: 'Fields are Required: tnGroup',
      statusCode: '414',
    });
    await expectUnrecognized(h, 'portInOrderActivate', { orderId: Number(orderId), tnGroups: [] });
    await expectUnrecognized(h, 'portInOrderAvailableActivation', { orderId: Number(orderId), tn: 1 });
  });
});
