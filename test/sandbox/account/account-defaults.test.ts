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

const FULL = {
  contactLastName: 'Notices',
  contactFirstName: 'API',
  contactEmail: 'API@email.com',
  desiredPortTime: '15:30',
  desiredPortTimeZone: 'US/Eastern',
  webhookUrl: 'hooks.example.com/carrier',
  webhookHeader: 'Bearer s3cret',
  authorizeWebhookPortout: 'N',
  cnamDip: 'N',
  cnamDipTf: 'Y',
  sloURL: 'https://google.com/#logout',
  portOutContactList: { portOutContactItem: [{ contactLastName: 'Ops', contactFirstName: 'Port', contactEmail: 'ports@example.com' }] },
};

describe('accountDefaultDetail', () => {
  it("answers the guide's example values on a fresh account", async () => {
    const r = await h.call('accountDefaultDetail');
    expect(r).toMatchObject({
      status: 'Success',
      statusCode: '200',
      accountDefaultDetail: {
        contactLastName: 'Orders',
        contactEmail: 'API@email.com',
        webHookUrl: 'test.inteliquent.com',
        webhookHeader: 'ABC123def456',
        trunkGroupMgmtEnabled: 'N',
        portOutContactList: {
          portOutContactItem: [{ contactLastName: 'Email', contactFirstName: 'Test', contactEmail: 'test@email.com' }],
        },
      },
    });
    await expectUnrecognized(h, 'accountDefaultDetail', { contactEmail: 'x' });
  });
});

describe('accountDefault', () => {
  it('persists what it is sent, and wipes the ** fields when they are not sent', async () => {
    expect(await h.call('accountDefault', { customerDefault: FULL })).toEqual({ status: 'Success', statusCode: '200' });
    const after = (await h.call('accountDefaultDetail')).accountDefaultDetail;
    expect(after).toMatchObject({
      desiredPortTime: '15:30',
      webHookUrl: 'hooks.example.com/carrier',
      webhookHeader: 'Bearer s3cret',
      cnamDip: 'N',
    });

    expect(await h.call('accountDefault', { customerDefault: { contactEmail: 'new@example.com' } })).toEqual({
      status: 'Success',
      statusCode: '200',
    });
    const wiped = (await h.call('accountDefaultDetail')).accountDefaultDetail;
    expect(wiped).toMatchObject({ contactEmail: 'new@example.com', desiredPortTime: '15:30', webHookUrl: null, webhookHeader: null });
    expect(wiped.portOutContactList).toEqual({ portOutContactItem: [] });
  });

  it('answers 414 without customerDefault and when webhookUrl comes without authorizeWebhookPortout', async () => {
    expect(await h.call('accountDefault', {})).toEqual({ status: 'Fields are Required: customerDefault', statusCode: '414' });
    expect(await h.call('accountDefault', { customerDefault: { webhookUrl: 'hooks.example.com' } })).toEqual({
      status: 'Fields are Required: customerDefault.authorizeWebhookPortout',
      statusCode: '414',
    });
  });

  it('answers 416 for a bad time, time zone, Y/N value or e-mail, and 400 for an unknown field', async () => {
    const refused = async (customerDefault: Record<string, unknown>) => (await h.call('accountDefault', { customerDefault })).status;
    expect(await refused({ desiredPortTime: '2pm' })).toBe('Invalid Input Parameters: desiredPortTime must be HH:MM');
    expect(await refused({ desiredPortTimeZone: 'EST' })).toMatch(/^Invalid Input Parameters: desiredPortTimeZone must be one of/);
    expect(await refused({ cnamDip: 'maybe' })).toBe('Invalid Input Parameters: cnamDip must be Y or N');
    expect(await refused({ contactEmail: 'nobody' })).toBe('Invalid Input Parameters: contactEmail is not an e-mail address');
    await expectUnrecognized(h, 'accountDefault', { customerDefault: { webHookUrl: 'x' } });
  });

  it('keeps the webhook authorization value out of the call log', async () => {
    await h.call('accountDefault', { customerDefault: FULL });
    const log = JSON.stringify(await h.control('GET', 'calls'));
    expect(log).not.toContain('s3cret');
  });
});
