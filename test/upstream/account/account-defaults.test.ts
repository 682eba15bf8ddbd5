import { describe, expect, it } from 'vitest';
import { accountDefault } from '../../../src/upstream/account/account-default.js';
import { accountDefaultDetail } from '../../../src/upstream/account/account-default-detail.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// The guide's example (L12171), its two blocks joined and the stray comma dropped.
const DETAIL = `{ "status": "Success", "statusCode": "200", "accountDefaultDetail": {
  "contactLastName": "Orders", "contactFirstName": "API", "contactEmail": "API@email.com", "desiredPortTime": "14:00",
  "desiredPortTimeZone": "US/Pacific", "webHookUrl": "test.inteliquent.com", "portOutPin": "123", "cnamDip": "Y", "cnamDipTf": "Y",
  "webhookHeader": "ABC123def456", "authorizeWebhookPortout": "Y", "trunkGroupMgmtEnabled": "N",
  "portOutContactList": { "portOutContactItem": [ { "contactLastName": "Email", "contactFirstName": "Test", "contactEmail": "test@email.com" } ] },
  "msgDeliveryReceipt": "N" } }`;

const parsed = () => accountDefaultDetail.parse(JSON.parse(DETAIL) as WireObject, undefined);

describe('/accountDefaultDetail', () => {
  it("reads the guide's example, webHookUrl spelled as the answer spells it", () => {
    expect(parsed()).toEqual({
      contact: { firstName: 'API', lastName: 'Orders', email: 'API@email.com' },
      desiredPortTime: '14:00',
      desiredPortTimeZone: 'US/Pacific',
      webhookUrl: 'test.inteliquent.com',
      webhookHeader: 'ABC123def456',
      authorizeWebhookPortout: true,
      portOutPin: '123',
      cnamDip: true,
      cnamDipTollFree: true,
      trunkGroupManagementEnabled: false,
      messageDeliveryReceipt: false,
      portOutContacts: [{ firstName: 'Test', lastName: 'Email', email: 'test@email.com' }],
    });
  });

  it('reads null values as unset', () => {
    expect(
      accountDefaultDetail.parse({ accountDefaultDetail: { contactEmail: null, webHookUrl: null, portOutContactList: null } }, undefined),
    ).toEqual({
      contact: {},
      portOutContacts: [],
    });
  });
});

describe('/accountDefault', () => {
  it("sends what was read back in the guide's request shape (webhookUrl, Y/N, portOutContactList)", () => {
    const { trunkGroupManagementEnabled: _t, messageDeliveryReceipt: _m, ...update } = parsed();
    expect(accountDefault.request(update)).toEqual({
      customerDefault: {
        contactLastName: 'Orders',
        contactFirstName: 'API',
        contactEmail: 'API@email.com',
        desiredPortTime: '14:00',
        desiredPortTimeZone: 'US/Pacific',
        webhookUrl: 'test.inteliquent.com',
        portOutPin: '123',
        cnamDip: 'Y',
        cnamDipTf: 'Y',
        webhookHeader: 'ABC123def456',
        authorizeWebhookPortout: 'Y',
        portOutContactList: {
          portOutContactItem: [{ contactLastName: 'Email', contactFirstName: 'Test', contactEmail: 'test@email.com' }],
        },
      },
    });
  });

  it("reads the guide's envelope-only answer", () => {
    expect(accountDefault.parse({ status: 'Success', statusCode: '200' }, { contact: {}, portOutContacts: [] })).toBe(true);
  });
});
