/** Inputs and payloads of the E911 mutations. */
import { Field, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError } from '../common/user-error.js';
import { E911AddressInput } from '../numbers/numbers.input.js';
import { EMAIL, MAX_NOTIFICATION_EMAILS } from './e911.limits.js';
import { E911ValidationResult, TelephoneNumberE911 } from './e911.types.js';

@InputType({ description: 'An E911 address for one number. name, streetNumber, street, city, state and postalCode are required.' })
export class ProvisionE911Input {
  @Field(() => TnScalar, { description: 'A number of the account.' }) tn!: string;
  @Field(() => E911AddressInput, { description: 'The address emergency services are sent to.' }) address!: E911AddressInput;
}

@InputType({ description: 'The number whose E911 address is removed.' })
export class RemoveE911Input {
  @Field(() => TnScalar, { description: 'A number of the account.' }) tn!: string;
}

@InputType({
  description:
    'E-mail addresses notified of emergency calls: of one number (`tn`), or, without `tn`, of the account (alerts about numbers without E911).',
})
export class E911NotificationEmailsInput {
  @Field(() => TnScalar, { nullable: true, description: 'A number of the account; omit it for the account-wide list.' }) tn?: string | null;
  @Field(() => [String], {
    description: `1 to ${MAX_NOTIFICATION_EMAILS} fully qualified e-mail addresses (at most ${EMAIL.maxLength} characters each); a list holds at most ${MAX_NOTIFICATION_EMAILS}.`,
  })
  emails!: string[];
}

@ObjectType({ description: 'Result of provisionE911.' })
export class ProvisionE911Payload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent), an address the carrier could not validate (INVALID), or a number not on the account (NOT_FOUND).',
  })
  override userErrors: UserError[] = [];
  @Field(() => TelephoneNumberE911, {
    nullable: true,
    description: 'The E911 service as provisioned (the corrected address when CORRECTED); null when refused.',
  })
  e911: TelephoneNumberE911 | null = null;
  @Field(() => E911ValidationResult, { nullable: true, description: 'VALID as sent, or CORRECTED by the carrier; null when refused.' })
  result: E911ValidationResult | null = null;
  @Field(() => String, { nullable: true, description: 'The carrier\'s own message, e.g. "VALID" or "CORRECTED".' })
  resultLabel: string | null = null;
}

@ObjectType({ description: 'Result of removeE911.' })
export class RemoveE911Payload extends MutationPayload {
  @Field(() => [UserError], { description: 'Input problems (nothing was sent), or a number not on the account (NOT_FOUND).' })
  override userErrors: UserError[] = [];
  @Field(() => TelephoneNumberE911, {
    nullable: true,
    description: 'The E911 service after the removal (NOT_PROVISIONED); null when refused.',
  })
  e911: TelephoneNumberE911 | null = null;
}

const EMAILS_ERRORS =
  'Input problems (nothing was sent), a list that would exceed its maximum (LIMIT_REACHED), a number not on the account (NOT_FOUND), or an address the carrier refused (INVALID).';

@ObjectType({ description: 'Result of addE911NotificationEmails.' })
export class AddE911NotificationEmailsPayload extends MutationPayload {
  @Field(() => [UserError], { description: EMAILS_ERRORS }) override userErrors: UserError[] = [];
  @Field(() => TnScalar, { nullable: true, description: 'The number; null for the account-wide list.' }) tn: string | null = null;
  @Field(() => [String], { description: 'The whole list after the change; empty when refused.' }) emails: string[] = [];
}

@ObjectType({ description: 'Result of removeE911NotificationEmails.' })
export class RemoveE911NotificationEmailsPayload extends MutationPayload {
  @Field(() => [UserError], { description: EMAILS_ERRORS }) override userErrors: UserError[] = [];
  @Field(() => TnScalar, { nullable: true, description: 'The number; null for the account-wide list.' }) tn: string | null = null;
  @Field(() => [String], { description: 'The whole list after the change; empty when refused.' }) emails: string[] = [];
}
