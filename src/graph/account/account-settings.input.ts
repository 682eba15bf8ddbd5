/** Input of updateAccountSettings: only what is given changes; everything else keeps its current value. */
import { Field, InputType } from 'type-graphql';
import { limit, LimitedField } from '../common/limits.js';
import { PortTimeZone } from './account-settings.type.js';

/**
 * Neither the guide's Character Limits table nor the Swagger bounds webhookUrl: 2048 is the de facto
 * URL length that browsers, proxies and the sitemaps protocol accept, generous for a callback address.
 */
export const WEBHOOK_URL = limit({ maxLength: 2048 });

@InputType({ description: 'A contact; every field is optional, an absent one keeps its current value where there is one.' })
export class AccountContactInput {
  @Field(() => String, { nullable: true, description: 'First name.' }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: 'Last name.' }) lastName?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address, e.g. api@example.com.' }) email?: string | null;
}

@InputType({
  description:
    'Changes to the account defaults. Fields left out keep their current values (the gateway reads the settings and sends ' +
    'them back with your changes, since the carrier wipes some fields that are not sent).',
})
export class UpdateAccountSettingsInput {
  @Field(() => AccountContactInput, { nullable: true, description: 'Default company contact (merged field by field).' })
  contact?: AccountContactInput | null;

  @Field(() => String, { nullable: true, description: 'Default port-in time, HH:MM in 24-hour form (e.g. "14:00").' })
  desiredPortTime?: string | null;

  @Field(() => PortTimeZone, { nullable: true, description: 'Time zone of desiredPortTime.' })
  desiredPortTimeZone?: PortTimeZone | null;

  @LimitedField(
    WEBHOOK_URL,
    (l) =>
      `Webhook URL: an http or https URL, or a bare host and path as the guide's example writes it (read as https), at most ${l.maxLength} characters; an empty string removes it (and its authorization value).`,
  )
  webhookUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Authorization header value the carrier sends with webhooks. Write-only: it is never returned; an empty string removes it.',
  })
  webhookAuthorization?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Let port-outs be authorized or rejected through the webhook.' })
  webhookPortOutAuthorization?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Company-level port-out PIN. Write-only: it is never returned.' })
  portOutPin?: string | null;

  @Field(() => Boolean, { nullable: true, description: "New numbers look up the caller's name on incoming calls by default." })
  callerNameLookup?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "New toll-free numbers look up the caller's name on incoming calls by default." })
  tollFreeCallerNameLookup?: boolean | null;

  @Field(() => [AccountContactInput], {
    nullable: true,
    description: 'Who receives port-out authorization e-mails; replaces the whole list (an empty list removes them all).',
  })
  portOutContacts?: AccountContactInput[] | null;
}
