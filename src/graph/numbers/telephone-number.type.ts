/**
 * Output types for assigned numbers (/tnDetail) and the objects they share
 * with orders and inventory: rate centers, end users and features.
 * Relations (trunkGroup, orders, excluded entries) are field resolvers in
 * the domain that owns the target type, so type modules never import each
 * other in a cycle.
 */
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { MessageClass, MessageType, RateCenterTier, TelephoneNumberStatus, TypeOfService } from './numbers.enums.js';

@ObjectType({ description: 'A rate center: the carrier-defined geographic area a number belongs to.' })
export class RateCenter {
  @Field(() => String, { description: 'Rate center abbreviation, e.g. WSHNGTNZN1 (the carrier `rateCenter`/`rcAbbre`).' })
  abbreviation!: string;

  @Field(() => String, { nullable: true, description: 'Full rate center name, when the carrier gives it.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Three-digit LATA.' })
  lata?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state or province.' })
  province?: string | null;

  @Field(() => RateCenterTier, { nullable: true, description: 'Rate center tier.' })
  tier?: RateCenterTier | null;
}

@ObjectType({ description: 'The end user (subscriber) of a number, used for CNAM/directory listing.' })
export class EndUser {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) streetNum?: string | null;
  @Field(() => String, { nullable: true, description: 'Street pre-direction, e.g. N.' }) streetPreDir?: string | null;
  @Field(() => String, { nullable: true }) streetName?: string | null;
  @Field(() => String, { nullable: true, description: 'Street type, e.g. AVE.' }) streetType?: string | null;
  @Field(() => String, { nullable: true, description: 'Street post-direction.' }) streetPostDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 1, e.g. SUITE.' }) locationType1?: string | null;
  @Field(() => String, { nullable: true }) locationValue1?: string | null;
  @Field(() => String, { nullable: true }) locationType2?: string | null;
  @Field(() => String, { nullable: true }) locationValue2?: string | null;
  @Field(() => String, { nullable: true }) locationType3?: string | null;
  @Field(() => String, { nullable: true }) locationValue3?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => TypeOfService, { nullable: true }) typeOfService?: TypeOfService | null;
}

@ObjectType({ description: 'Caller ID (CNAM) settings of a number.' })
export class CallerId {
  @Field(() => String, { nullable: true, description: 'Calling name stored in LIDB (up to 15 characters).' })
  callingName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether inbound calls get a CNAM dip.' })
  cnamDip?: boolean | null;
}

@ObjectType({ description: 'Directory listing of a number.' })
export class DirectoryListing {
  @Field(() => String, { nullable: true, description: 'Last name (residence) or business name (business).' })
  lastName?: string | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) streetNum?: string | null;
  @Field(() => String, { nullable: true }) streetPreDir?: string | null;
  @Field(() => String, { nullable: true }) streetName?: string | null;
  @Field(() => String, { nullable: true }) streetType?: string | null;
  @Field(() => String, { nullable: true }) streetPostDir?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
}

@ObjectType({ description: 'E911 service address of a number.' })
export class E911Address {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) origStreetNum?: string | null;
  @Field(() => String, { nullable: true, description: 'Street name and type.' }) origStreetInfo?: string | null;
  @Field(() => String, { nullable: true, description: 'Location detail, e.g. suite or floor.' }) origLocation?: string | null;
  @Field(() => String, { nullable: true }) origCity?: string | null;
  @Field(() => String, { nullable: true }) origState?: string | null;
  @Field(() => String, { nullable: true }) origPostalCode?: string | null;
  @Field(() => String, { nullable: true }) origPostalCodePlusFour?: string | null;
}

@ObjectType({ description: 'Messaging (SMS/MMS) enablement of a number.' })
export class MessagingFeature {
  @Field(() => MessageClass, { nullable: true }) messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true }) messageType?: MessageType | null;
  @Field(() => String, { nullable: true, description: 'NNID the number routes messages to.' }) netNumberId?: string | null;
}

@ObjectType({ description: 'Features provisioned on a number; a null feature is not provisioned.' })
export class TelephoneNumberFeatures {
  @Field(() => CallerId, { nullable: true }) callerId?: CallerId | null;
  @Field(() => DirectoryListing, { nullable: true }) directoryListing?: DirectoryListing | null;
  @Field(() => E911Address, { nullable: true }) e911?: E911Address | null;
  @Field(() => MessagingFeature, { nullable: true }) messaging?: MessagingFeature | null;
}

@ObjectType({ description: 'A telephone number assigned to the account, as /tnDetail describes it.' })
@Directive('@key(fields: "tn")')
export class TelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' })
  tn!: string;

  @Field(() => TelephoneNumberStatus)
  status!: TelephoneNumberStatus;

  @Field(() => String, { nullable: true, description: 'Name of the trunk group the number routes to (see `trunkGroup`).' })
  trunkGroupName?: string | null;

  @Field(() => RateCenter, { nullable: true })
  rateCenter?: RateCenter | null;

  @Field(() => EndUser, { nullable: true })
  endUser?: EndUser | null;

  @Field(() => TelephoneNumberFeatures)
  features!: TelephoneNumberFeatures;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the number came from (carrier tnSource, e.g. NATIVE).' })
  source?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the number was activated on the account (carrier activateDate), in UTC, to the millisecond.',
  })
  activatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier user that activated the number.' })
  activatedBy?: string | null;

  @Field(() => Boolean, { nullable: true })
  wireless?: boolean | null;

  @Field(() => Boolean, {
    description:
      'Whether a port-out PIN is set. The PIN itself is a secret and is never returned; set it with updatePortOutPin.',
  })
  hasPortOutPin!: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text note on the number (searchable with noteContains).' })
  note?: string | null;
}

@ObjectType({ description: 'A number assigned to the account and its status, as the account-wide list gives it (/tnAssignedList).' })
export class AssignedTelephoneNumber {
  @Field(() => TnScalar)
  tn!: string;

  @Field(() => TelephoneNumberStatus)
  status!: TelephoneNumberStatus;
}
