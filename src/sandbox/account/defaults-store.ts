/**
 * The account's default settings, kept per sandbox state: a reset replaces the state, and with it
 * these. Seeded with the guide's /accountDefaultDetail example (L12171) so it can be replayed.
 */
import type { SandboxState } from '../store.js';

export interface Contact {
  contactFirstName?: string;
  contactLastName?: string;
  contactEmail?: string;
}

export interface AccountDefaults extends Contact {
  desiredPortTime?: string;
  desiredPortTimeZone?: string;
  /** Where the sandbox will post webhooks once it sends them. */
  webhookUrl?: string;
  webhookHeader?: string;
  authorizeWebhookPortout?: 'Y' | 'N';
  portOutPin?: string;
  cnamDipTf?: 'Y' | 'N';
  trunkGroupMgmtEnabled: 'Y' | 'N';
  msgDeliveryReceipt: 'Y' | 'N';
  ipFilteringEnabled?: 'Y' | 'N';
  ipRange?: string;
  emailDomain?: string;
  sloUrl?: string;
  portOutContacts: Contact[];
}

const byState = new WeakMap<SandboxState, AccountDefaults>();

export function accountDefaults(state: SandboxState): AccountDefaults {
  let defaults = byState.get(state);
  if (!defaults) {
    defaults = {
      contactLastName: 'Orders',
      contactFirstName: 'API',
      contactEmail: 'API@email.com',
      desiredPortTime: '14:00',
      desiredPortTimeZone: 'US/Pacific',
      webhookUrl: 'test.inteliquent.com',
      webhookHeader: 'ABC123def456',
      authorizeWebhookPortout: 'Y',
      portOutPin: '123',
      cnamDipTf: 'Y',
      trunkGroupMgmtEnabled: 'N',
      msgDeliveryReceipt: 'N',
      portOutContacts: [{ contactLastName: 'Email', contactFirstName: 'Test', contactEmail: 'test@email.com' }],
    };
    byState.set(state, defaults);
  }
  return defaults;
}
