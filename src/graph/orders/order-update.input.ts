/**
 * Inputs of updateOrder (/orderUpdate). Limits are declared once on their fields; the groups the
 * guide marks "must be sent together" are checked in order-update.validation.ts.
 */
import { Field, InputType } from 'type-graphql';
import { atMost, LimitedField } from '../common/limits.js';
import { PortTimeZone } from '../common/port-time-zone.js';
import { LocalDateScalar, TnScalar } from '../common/scalars.js';
import { EndUserInput, FeaturesInput } from '../numbers/numbers.input.js';
import { PORT_OUT_PIN, TN_NOTE, TRUNK_GROUP_NAME } from '../numbers/numbers.limits.js';
import { ACCOUNT_NUMBER, ACCOUNT_PIN, AUTH_NAME } from '../port-in/port-in.input.js';
import { OrderReferenceInput } from './order.input.js';

@InputType({ description: 'Pending feature requests to withdraw (the carrier cancelFeatureRequest Y): true withdraws it.' })
export class FeatureRequestCancellationInput {
  @Field(() => Boolean, { nullable: true, description: 'Withdraw the caller ID (calling name) request.' }) callerId?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Withdraw the directory listing request.' }) directoryListing?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Withdraw the E911 request.' }) e911?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Withdraw the messaging request.' }) messaging?: boolean | null;
}

@InputType({
  description:
    'Port-in account data the losing carrier checks. accountNumber, accountTelephoneNumber, authName and authDate go together: give all four or none.',
})
export class PortAccountFields {
  @LimitedField(ACCOUNT_NUMBER, atMost('Account number at the losing carrier')) accountNumber?: string | null;
  @Field(() => TnScalar, { nullable: true, description: 'Account (billing) telephone number at the losing carrier.' })
  accountTelephoneNumber?: string | null;
  @LimitedField(ACCOUNT_PIN, atMost('Account PIN or password at the losing carrier; may be given alone')) accountPin?: string | null;
  @LimitedField(AUTH_NAME, atMost('Name of the person who authorized the port')) authName?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the authorization: today or earlier.' }) authDate?: string | null;
}

@InputType({ description: 'Changes to one number on a PENDING order. Give at least one change.' })
export class OrderNumberUpdateInput extends PortAccountFields {
  @Field(() => TnScalar, { description: 'A number on the order.' }) tn!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true takes the number off the order (the carrier cancelTn Y); no other change may be given with it.',
  })
  cancel?: boolean | null;
  @LimitedField(TRUNK_GROUP_NAME, atMost('Trunk group to route the number to')) trunkGroupName?: string | null;
  @LimitedField(PORT_OUT_PIN, atMost('Port-out PIN (on-net Tier 0 and HI numbers)')) portOutPin?: string | null;
  @LimitedField(TN_NOTE, atMost('A note stored on the number')) note?: string | null;
  @Field(() => EndUserInput, {
    nullable: true,
    description: 'End user: name, streetNum, streetName, city, state, postalCode and typeOfService go together.',
  })
  endUser?: EndUserInput | null;
  @Field(() => FeaturesInput, {
    nullable: true,
    description: 'Features to request or change. An E911 address goes whole: name, streetNumber, street, city, state and postalCode.',
  })
  features?: FeaturesInput | null;
  @Field(() => FeatureRequestCancellationInput, { nullable: true, description: 'Feature requests to withdraw.' })
  cancelFeatureRequests?: FeatureRequestCancellationInput | null;
}

@InputType({ description: 'Changes to a PENDING order. Give at least one change.' })
export class UpdateOrderInput {
  @Field(() => OrderReferenceInput, { description: 'The order, by id or customerOrderReference.' }) order!: OrderReferenceInput;
  @Field(() => LocalDateScalar, { nullable: true, description: 'New desired due date: today or later.' }) desiredDueDate?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'New desired port time (port-in orders), HH:MM (24-hour), e.g. "14:00"; goes with desiredPortTimeZone.',
  })
  desiredPortTime?: string | null;
  @Field(() => PortTimeZone, { nullable: true, description: 'Time zone of desiredPortTime; goes with it.' })
  desiredPortTimeZone?: PortTimeZone | null;
  @Field(() => Boolean, { nullable: true, description: 'Port-in orders: activate on demand instead of at midnight on the port date.' })
  onDemandActivation?: boolean | null;
  @Field(() => [OrderNumberUpdateInput], { nullable: true, description: 'Changes to numbers on the order, each number once.' })
  numbers?: OrderNumberUpdateInput[] | null;
}
