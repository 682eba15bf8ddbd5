/**
 * /accountDefault: replace the account's default settings (write). Fields marked ** in the guide
 * (webhook URL and header, port-out contacts) are wiped when omitted, so the caller sends the
 * whole set it read from /accountDefaultDetail with its changes applied.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { compact } from '../wire/request.js';
import { boolToYn } from '../wire/values.js';
import { z } from 'zod';
import type { AccountContact, AccountDefaults } from './account-defaults.js';

export type AccountDefaultsUpdate = Omit<AccountDefaults, 'trunkGroupManagementEnabled' | 'messageDeliveryReceipt'>;

const contactToWire = (c: AccountContact) => compact({ contactFirstName: c.firstName, contactLastName: c.lastName, contactEmail: c.email });

export const accountDefault = defineOperation({
  name: 'accountDefault',
  kind: 'write',
  request: (input: AccountDefaultsUpdate) => ({
    customerDefault: compact({
      ...contactToWire(input.contact),
      desiredPortTime: input.desiredPortTime,
      desiredPortTimeZone: input.desiredPortTimeZone,
      portOutPin: input.portOutPin,
      cnamDip: boolToYn(input.cnamDip),
      cnamDipTf: boolToYn(input.cnamDipTollFree),
      webhookUrl: input.webhookUrl,
      webhookHeader: input.webhookHeader,
      authorizeWebhookPortout: boolToYn(input.authorizeWebhookPortout),
      portOutContactList: input.portOutContacts.length > 0 ? { portOutContactItem: input.portOutContacts.map(contactToWire) } : undefined,
    }),
  }),
  response: z.object({}).loose(),
  map: (): true => true,
  notFound: NOT_FOUND_IS_AN_ERROR,
  secrets: (input) => [input.webhookHeader, input.portOutPin].filter((s): s is string => s !== undefined && s !== ''),
});
