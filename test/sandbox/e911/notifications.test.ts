import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

const TN = '3123489652';
const list = (emails: string[]) => ({ emailList: { emailItem: emails.map((email) => ({ email })) } });
const padded = (emails: string[]) => ({ emailList: { emailItem: emails.map((email) => ({ email: ` ${email} ` })) } });

describe('/tnE911Notification and /tnE911NotificationList', () => {
  it('adds (additively, padded as in the examples), lists, then removes with removeNotification at the top level', async () => {
    expect(await h.call('tnE911NotificationList', { tnE911Notification: { tn: TN } })).toEqual({
      status: 'Success',
      statusCode: '200',
      tnE911Notification: { tn: TN },
    });
    await h.call('tnE911Notification', { tnE911Notification: { tn: TN, ...list(['abc123@def.com', 'abc234@def.com']) } });
    expect(await h.call('tnE911Notification', { tnE911Notification: { tn: TN, ...list(['qwerty@def.com']) } })).toEqual({
      status: 'Success',
      statusCode: '200',
      tnE911Notification: { tn: TN, ...padded(['abc123@def.com', 'abc234@def.com', 'qwerty@def.com']) },
    });
    const removed = await h.call('tnE911Notification', {
      tnE911Notification: { tn: TN, ...list(['qwerty@def.com']) },
      removeNotification: 'Y',
    });
    expect(removed['tnE911Notification']).toEqual({ tn: TN, ...padded(['abc123@def.com', 'abc234@def.com']) });
    const inner = await h.call('tnE911Notification', {
      tnE911Notification: { tn: TN, ...list(['abc123@def.com']), removeNotification: 'Y' },
    });
    expect(inner['tnE911Notification']).toEqual({ tn: TN, ...padded(['abc234@def.com']) });
    expect((await h.call('tnE911NotificationList', { tnE911Notification: { tn: TN } }))['tnE911Notification']).toEqual({
      tn: TN,
      ...padded(['abc234@def.com']),
    });
  });

  it("answers the guide's 460, 461 and 462", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `a${i}@def.com`);
    expect(await h.call('tnE911Notification', { tnE911Notification: { tn: TN, ...list(eleven) } })).toEqual({
      status: 'Unable to add more than 10 notification emails to a number.',
      statusCode: '460',
    });
    expect(await h.call('tnE911Notification', { tnE911Notification: { tn: '2015540010', ...list(['abc123@def.com']) } })).toEqual({
      status: 'TN Not found',
      statusCode: '461',
    });
    expect(await h.call('tnE911NotificationList', { tnE911Notification: { tn: '2015540010' } })).toEqual({
      status: 'TN Not found',
      statusCode: '461',
    });
    expect((await h.call('tnE911Notification', { tnE911Notification: { tn: TN, ...list(['not-an-address']) } }))['statusCode']).toBe('462');
  });

  it("refuses Example 3's misspelled emaillist as an unknown field", async () => {
    await expectUnrecognized(h, 'tnE911Notification', {
      tnE911Notification: { tn: TN, emaillist: { emailItem: [{ email: 'abc123@def.com' }] } },
    });
  });
});

describe('/customerE911Notification and /customerE911NotificationList', () => {
  it('starts empty ({}), adds and removes', async () => {
    expect(await h.call('customerE911NotificationList')).toEqual({ status: 'Success', statusCode: '200', customerNotification: {} });
    expect(await h.call('customerE911Notification', { customerNotification: list(['abc123@def.com', 'abc234@def.com']) })).toEqual({
      status: 'Success',
      statusCode: '200',
      customerNotification: padded(['abc123@def.com', 'abc234@def.com']),
    });
    await h.call('customerE911Notification', { customerNotification: list(['abc123@def.com']), removeNotification: 'Y' });
    expect((await h.call('customerE911NotificationList'))['customerNotification']).toEqual(padded(['abc234@def.com']));
  });
});
