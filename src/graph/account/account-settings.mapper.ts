/** Client answer → AccountSettings; the secrets become "is one set" flags and go no further. */
import type { AccountContact as ContactWire, AccountDefaults } from '../../upstream/account/account-defaults.js';
import { AccountContact, AccountSettings, PortTimeZone } from './account-settings.type.js';

const toContact = (c: ContactWire): AccountContact =>
  Object.assign(new AccountContact(), { firstName: c.firstName ?? null, lastName: c.lastName ?? null, email: c.email ?? null });

const zoneOf = (label: string | undefined): PortTimeZone | null =>
  label !== undefined && (Object.values(PortTimeZone) as string[]).includes(label) ? (label as PortTimeZone) : null;

export function toAccountSettings(d: AccountDefaults): AccountSettings {
  return Object.assign(new AccountSettings(), {
    contact: toContact(d.contact),
    desiredPortTime: d.desiredPortTime ?? null,
    desiredPortTimeZone: zoneOf(d.desiredPortTimeZone),
    desiredPortTimeZoneLabel: d.desiredPortTimeZone ?? null,
    webhookUrl: d.webhookUrl ?? null,
    hasWebhookAuthorization: d.webhookHeader !== undefined && d.webhookHeader !== '',
    webhookPortOutAuthorization: d.authorizeWebhookPortout ?? null,
    hasPortOutPin: d.portOutPin !== undefined && d.portOutPin !== '',
    callerNameLookup: d.cnamDip ?? null,
    tollFreeCallerNameLookup: d.cnamDipTollFree ?? null,
    trunkGroupManagementEnabled: d.trunkGroupManagementEnabled ?? null,
    messageDeliveryReceipts: d.messageDeliveryReceipt ?? null,
    portOutContacts: d.portOutContacts.map(toContact),
  });
}
