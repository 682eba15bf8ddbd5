/** The account's default settings as /accountDefaultDetail reads them and /accountDefault writes them. */
export interface AccountContact {
  firstName?: string;
  lastName?: string;
  email?: string;
}

export interface AccountDefaults {
  contact: AccountContact;
  /** HH:MM, e.g. 14:00. */
  desiredPortTime?: string;
  /** US/Eastern, US/Central, US/Mountain, US/Pacific or GMT as the carrier spells it. */
  desiredPortTimeZone?: string;
  webhookUrl?: string;
  /** The Authorization header value the carrier sends with webhooks: a secret, never shown. */
  webhookHeader?: string;
  authorizeWebhookPortout?: boolean;
  /** The company-level port-out PIN: a secret, never shown. */
  portOutPin?: string;
  cnamDip?: boolean;
  cnamDipTollFree?: boolean;
  /** Read-only on the carrier's side. */
  trunkGroupManagementEnabled?: boolean;
  /** Read-only on the carrier's side. */
  messageDeliveryReceipt?: boolean;
  portOutContacts: AccountContact[];
}
