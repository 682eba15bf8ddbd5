/** AccountSettings: the account's defaults. Secrets (the webhook authorization value, the company PIN) are write-only. */
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node } from '../common/node.js';
import { PortTimeZone } from '../common/port-time-zone.js';

export { PortTimeZone };

/** The account is a singleton: its settings have one fixed key. */
export const ACCOUNT_SETTINGS_KEY = 'account';

@ObjectType({ description: 'A person the carrier writes to; fields the carrier leaves out are null.' })
export class AccountContact {
  @Field(() => String, { nullable: true, description: 'First name.' }) firstName!: string | null;
  @Field(() => String, { nullable: true, description: 'Last name.' }) lastName!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email!: string | null;
}

@ObjectType({ description: "The account's default settings. Values the carrier leaves out are null.", implements: Node })
export class AccountSettings implements Node {
  @Field(() => ID, { description: 'Stable global id of the account settings (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('AccountSettings', ACCOUNT_SETTINGS_KEY);
  }

  @Field(() => AccountContact, { description: 'Default company contact: where the carrier sends API updates.' })
  contact!: AccountContact;

  @Field(() => String, { nullable: true, description: 'Default port-in time, HH:MM (e.g. "14:00").' })
  desiredPortTime!: string | null;

  @Field(() => PortTimeZone, { nullable: true, description: 'Time zone of desiredPortTime; null when unset or not one listed here.' })
  desiredPortTimeZone!: PortTimeZone | null;

  @Field(() => String, { nullable: true, description: "The carrier's own time zone text, e.g. US/Pacific." })
  desiredPortTimeZoneLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the carrier posts webhooks (order and port-out updates); null when none.' })
  webhookUrl!: string | null;

  @Field(() => Boolean, {
    description: 'Whether an Authorization value is set for webhooks. The value itself is write-only and never returned.',
  })
  hasWebhookAuthorization!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Port-outs can be authorized or rejected through the webhook.' })
  webhookPortOutAuthorization!: boolean | null;

  @Field(() => Boolean, {
    description:
      'Whether a company-level port-out PIN is set (protects Tier 0 and HI numbers without their own PIN). The PIN is never returned.',
  })
  hasPortOutPin!: boolean;

  @Field(() => Boolean, { nullable: true, description: "New numbers look up the caller's name on incoming calls by default." })
  callerNameLookup!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "New toll-free numbers look up the caller's name on incoming calls by default." })
  tollFreeCallerNameLookup!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Trunk group management is enabled (set by the carrier).' })
  trunkGroupManagementEnabled!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Message delivery receipts are enabled (set by the carrier).' })
  messageDeliveryReceipts!: boolean | null;

  @Field(() => [AccountContact], { description: 'Who receives port-out authorization e-mails.' })
  portOutContacts!: AccountContact[];
}
