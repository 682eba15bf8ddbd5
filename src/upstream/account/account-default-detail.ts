/** /accountDefaultDetail: the account's default settings (read). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record, text, wrappedList, yn } from '../wire/schema.js';
import type { AccountContact, AccountDefaults } from './account-defaults.js';

const contactFields = { contactFirstName: text, contactLastName: text, contactEmail: text };

const detail = record({
  ...contactFields,
  desiredPortTime: text,
  desiredPortTimeZone: text,
  // The answer spells it webHookUrl (L12171), the update webhookUrl: both are read.
  webHookUrl: text,
  webhookUrl: text,
  webhookHeader: text,
  authorizeWebhookPortout: yn,
  portOutPin: text,
  cnamDip: yn,
  cnamDipTf: yn,
  trunkGroupMgmtEnabled: yn,
  msgDeliveryReceipt: yn,
  portOutContactList: wrappedList('portOutContactItem', record(contactFields)),
});

type ContactWire = { contactFirstName?: string | undefined; contactLastName?: string | undefined; contactEmail?: string | undefined };

const contactFromWire = (w: ContactWire): AccountContact => {
  const c: AccountContact = {};
  if (w.contactFirstName !== undefined) c.firstName = w.contactFirstName;
  if (w.contactLastName !== undefined) c.lastName = w.contactLastName;
  if (w.contactEmail !== undefined) c.email = w.contactEmail;
  return c;
};

/** Documented (L12171): `accountDefaultDetail: { contact…, webHookUrl, webhookHeader, …, portOutContactList.portOutContactItem[] }`. */
export const accountDefaultDetail = defineOperation({
  name: 'accountDefaultDetail',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ accountDefaultDetail: detail }),
  map: ({ accountDefaultDetail: w }): AccountDefaults => {
    const out: AccountDefaults = { contact: contactFromWire(w), portOutContacts: w.portOutContactList.map(contactFromWire) };
    const set = <K extends keyof AccountDefaults>(key: K, value: AccountDefaults[K] | undefined) => {
      if (value !== undefined) out[key] = value;
    };
    set('desiredPortTime', w.desiredPortTime);
    set('desiredPortTimeZone', w.desiredPortTimeZone);
    set('webhookUrl', w.webHookUrl ?? w.webhookUrl);
    set('webhookHeader', w.webhookHeader);
    set('authorizeWebhookPortout', w.authorizeWebhookPortout);
    set('portOutPin', w.portOutPin);
    set('cnamDip', w.cnamDip);
    set('cnamDipTollFree', w.cnamDipTf);
    set('trunkGroupManagementEnabled', w.trunkGroupMgmtEnabled);
    set('messageDeliveryReceipt', w.msgDeliveryReceipt);
    return out;
  },
  notFound: NOT_FOUND_IS_AN_ERROR,
});
