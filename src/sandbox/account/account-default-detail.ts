/**
 * /accountDefaultDetail (L12171): the account's defaults, with the answer's own spelling
 * `webHookUrl`. The CNAM dip default is the one /tnOrder applies (state.account.cnamDipDefault).
 */
import { defineOperation } from '../operation.js';
import { ok } from '../wire.js';
import { accountDefaults } from './defaults-store.js';

export const accountDefaultDetail = defineOperation({}, ({ state }) => {
  const d = accountDefaults(state);
  const detail: Record<string, unknown> = {
    contactLastName: d.contactLastName,
    contactFirstName: d.contactFirstName,
    contactEmail: d.contactEmail,
    desiredPortTime: d.desiredPortTime,
    desiredPortTimeZone: d.desiredPortTimeZone,
    webHookUrl: d.webhookUrl,
    portOutPin: d.portOutPin,
    cnamDip: state.account.cnamDipDefault,
    cnamDipTf: d.cnamDipTf,
    webhookHeader: d.webhookHeader,
    authorizeWebhookPortout: d.authorizeWebhookPortout,
    trunkGroupMgmtEnabled: d.trunkGroupMgmtEnabled,
    portOutContactList: { portOutContactItem: d.portOutContacts.map((c) => ({ ...c })) },
    msgDeliveryReceipt: d.msgDeliveryReceipt,
  };
  // Unset values are null, as the footnote "Required when a null value is returned" (L12264) implies.
  for (const [k, v] of Object.entries(detail)) if (v === undefined) detail[k] = null;
  return ok({ accountDefaultDetail: detail });
});
