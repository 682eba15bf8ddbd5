/**
 * Inputs of the port-in mutations. Character limits (guide, Character Limits) are declared once on
 * their fields; rules across fields (Port-In Order Validation) are in port-in.validation.ts.
 */
import { Field, ID, InputType } from 'type-graphql';
import { atMost, limit, LimitedField } from '../common/limits.js';
import { LocalDateScalar, TnScalar } from '../common/scalars.js';
import { CUSTOMER_ORDER_REFERENCE } from '../common/validation.js';
import { EndUserInput, FeaturesInput } from '../numbers/numbers.input.js';
import { PortTimeZone } from './port-in.enums.js';

export const ACCOUNT_PIN = limit({ maxLength: 15 });
export const AUTH_NAME = limit({ maxLength: 50, nonBlank: true });
/** No limit in the guide's table; the examples' account numbers are short. 32 keeps a typo from reaching the carrier. */
export const ACCOUNT_NUMBER = limit({ maxLength: 32, nonBlank: true });
export const RESELLER_NAME = limit({ maxLength: 50 });
export const PORT_NOTE = limit({ maxLength: 200 });

@InputType({ description: 'One number to port in, with the account data the losing carrier checks.' })
export class PortInNumberInput {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Trunk group to route the number to once ported; required when `features` is given.',
  })
  trunkGroupName?: string | null;
  @Field(() => String, { nullable: true, description: 'Port-out PIN to protect the number once ported (on-net Tier 0 and HI).' })
  portOutPin?: string | null;
  @LimitedField(PORT_NOTE, atMost('A note stored on the number')) note?: string | null;
  @LimitedField(ACCOUNT_NUMBER, atMost('Account number at the losing carrier'), { nullable: false }) accountNumber!: string;
  @Field(() => TnScalar, { description: 'Account (billing) telephone number at the losing carrier.' }) accountTelephoneNumber!: string;
  @LimitedField(ACCOUNT_PIN, atMost('Account PIN or password at the losing carrier')) accountPin?: string | null;
  @LimitedField(AUTH_NAME, atMost('Name of the person who authorized the port'), { nullable: false }) authName!: string;
  @Field(() => LocalDateScalar, { description: 'Date of the authorization: today or earlier.' }) authDate!: string;
  @Field(() => EndUserInput, {
    description:
      'End user as the losing carrier knows them: name, streetNum, streetName, city, state, postalCode and typeOfService are required.',
  })
  endUser!: EndUserInput;
  @Field(() => FeaturesInput, { nullable: true, description: 'Features to set up on the number as it ports.' })
  features?: FeaturesInput | null;
}

@InputType({ description: 'A port-in order. A customer service record (customerServiceRecord) can prefill the account and end-user data.' })
export class OrderPortInInput {
  @LimitedField(CUSTOMER_ORDER_REFERENCE, (l) => `Your own order reference: letters and digits, at most ${l.maxLength} characters.`)
  customerOrderReference?: string | null;
  @LimitedField(RESELLER_NAME, atMost('Name of the reseller or losing carrier; required when an end user is in Canada'))
  resellerName?: string | null;
  @Field(() => LocalDateScalar, { description: 'Desired port date: today or later.' }) desiredDueDate!: string;
  @Field(() => String, { nullable: true, description: 'Desired port time, HH:MM (24-hour), e.g. "14:00".' }) desiredPortTime?:
    string | null;
  @Field(() => PortTimeZone, { nullable: true, description: 'Time zone of `desiredPortTime`.' }) desiredPortTimeZone?: PortTimeZone | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Activate on demand (activatePortIn) instead of at midnight on the port date; on-net numbers, 200 or fewer per losing carrier.',
  })
  onDemandActivation?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Port on-net numbers only.' }) onNetOnly?: boolean | null;
  @Field(() => [PortInNumberInput], { description: 'The numbers to port (at least one).' }) numbers!: PortInNumberInput[];
}

@InputType({ description: 'Activation of groups of an on-demand port-in.' })
export class ActivatePortInInput {
  @Field(() => ID, { description: 'The port-in order.' }) orderId!: string;
  @Field(() => [String], { description: 'The groups to activate, as PortInOrder.activationGroups names them.' }) groups!: string[];
}

@InputType({ description: 'Cancellation of a port-in order.' })
export class CancelPortInInput {
  @Field(() => ID, { description: 'The port-in order.' }) orderId!: string;
}
