/**
 * Output types for assigned numbers (/tnDetail) and the objects they share
 * with orders and inventory: rate centers, end users and features.
 * Relations (trunkGroup, orders, excluded entries) are field resolvers in
 * the domain that owns the target type, so type modules never import each
 * other in a cycle.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { globalId, Node } from '../common/node.js';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { MessageClass, MessageType, RateCenterTier, TelephoneNumberStatus, TypeOfService } from './numbers.enums.js';

@ObjectType({ description: 'A rate center: the carrier-defined geographic area a number belongs to.' })
export class RateCenter {
  @Field(() => String, { description: 'Rate center abbreviation, e.g. WSHNGTNZN1.' })
  abbreviation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Full rate center name, when the carrier gives it.',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Three-digit LATA (local access and transport area), e.g. "358".' })
  lata?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province, e.g. "IL".' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' })
  get province(): string | null | undefined {
    return this.state;
  }

  @Field(() => RateCenterTier, {
    nullable: true,
    description: 'Rate center tier; null when the carrier reports none or an undocumented one.',
  })
  tier?: RateCenterTier | null;
}

@ObjectType({
  description:
    'The end user (subscriber) of a number, as the carrier stores it, used for CNAM and directory listing. ' +
    'Fields the carrier leaves out are null.',
})
export class EndUser {
  @Field(() => String, { nullable: true, description: 'End user name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "100".' }) streetNum?: string | null;
  @Field(() => String, { nullable: true, description: 'Street pre-direction, e.g. N.' }) streetPreDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Street name, e.g. "Winding".' }) streetName?: string | null;
  @Field(() => String, { nullable: true, description: 'Street type, e.g. AVE.' }) streetType?: string | null;
  @Field(() => String, { nullable: true, description: 'Street post-direction, e.g. SW.' }) streetPostDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 1, e.g. SUITE.' }) locationType1?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 1, e.g. "2B" (goes with locationType1).' }) locationValue1?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Location type 2, e.g. FLR.' }) locationType2?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 2 (goes with locationType2).' }) locationValue2?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 3.' }) locationType3?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 3 (goes with locationType3).' }) locationValue3?: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode?: string | null;
  @Field(() => TypeOfService, { nullable: true, description: 'Business or residence service.' })
  typeOfService?: TypeOfService | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Where the carrier stands with this end-user record on an order (carrier endUser.status, e.g. "Received"); ' +
      'null outside an order line.',
  })
  status?: string | null;
}

@ObjectType({ description: 'Caller ID (CNAM) settings of a number.' })
export class CallerId {
  @Field(() => String, { nullable: true, description: 'Calling name stored in LIDB (up to 15 characters); null when none is stored.' })
  callingName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether inbound calls get a CNAM dip.' })
  cnamDip?: boolean | null;
}

@ObjectType({ description: 'Directory listing of a number. Fields the carrier leaves out are null.' })
export class DirectoryListing {
  @Field(() => String, { nullable: true, description: 'Last name (residence) or business name (business).' })
  lastName?: string | null;
  @Field(() => String, { nullable: true, description: 'First name (residence) or further business name detail (business).' }) firstName?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "550".' }) streetNum?: string | null;
  @Field(() => String, { nullable: true, description: 'Street direction prefix, e.g. "N".' }) streetPreDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Street name.' }) streetName?: string | null;
  @Field(() => String, { nullable: true, description: 'Street type, e.g. "St", "Ave".' }) streetType?: string | null;
  @Field(() => String, { nullable: true, description: 'Street direction suffix, e.g. "SW".' }) streetPostDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Location within the address, e.g. "Ste 900".' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode?: string | null;
}

@ObjectType({ description: 'E911 service address of a number: where emergency services are sent. Fields the carrier leaves out are null.' })
export class E911Address {
  @Field(() => String, { nullable: true, description: 'First and last name shown to emergency services.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "233".' }) streetNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Street name and type, e.g. "W Adams St".' }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'Location within the address, e.g. suite or floor.' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province.' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP+4 extension (up to 4 digits).' }) postalCodePlusFour?: string | null;

  @Field(() => String, { nullable: true, description: 'The same as `streetNumber`.', deprecationReason: 'Use `streetNumber`.' })
  get origStreetNum(): string | null | undefined {
    return this.streetNumber;
  }
  @Field(() => String, { nullable: true, description: 'The same as `street`.', deprecationReason: 'Use `street`.' })
  get origStreetInfo(): string | null | undefined {
    return this.street;
  }
  @Field(() => String, { nullable: true, description: 'The same as `location`.', deprecationReason: 'Use `location`.' })
  get origLocation(): string | null | undefined {
    return this.location;
  }
  @Field(() => String, { nullable: true, description: 'The same as `city`.', deprecationReason: 'Use `city`.' })
  get origCity(): string | null | undefined {
    return this.city;
  }
  @Field(() => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' })
  get origState(): string | null | undefined {
    return this.state;
  }
  @Field(() => String, { nullable: true, description: 'The same as `postalCode`.', deprecationReason: 'Use `postalCode`.' })
  get origPostalCode(): string | null | undefined {
    return this.postalCode;
  }
  @Field(() => String, { nullable: true, description: 'The same as `postalCodePlusFour`.', deprecationReason: 'Use `postalCodePlusFour`.' })
  get origPostalCodePlusFour(): string | null | undefined {
    return this.postalCodePlusFour;
  }
}

@ObjectType({ description: 'Messaging (SMS/MMS) enablement of a number.' })
export class MessagingFeature {
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class: P2P, A2PLC or A2P8XX.' })
  messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Messaging type: SMS, MMS or both.' })
  messageType?: MessageType | null;
  @Field(() => String, { nullable: true, description: 'NNID the number routes messages to.' }) netNumberId?: string | null;
}

@ObjectType({
  description:
    'Features of a number as the carrier reports them. callerId is an object whenever the carrier ' +
    'reports a calling name or a CNAM dip setting, which in practice it does for every number (e.g. { callingName: null, cnamDip: false }): ' +
    'a calling name is provisioned when callingName is set. directoryListing, e911 and messaging are null when not provisioned.',
})
export class TelephoneNumberFeatures {
  @Field(() => CallerId, {
    nullable: true,
    description:
      'Caller ID (CNAM): the calling name (null when none is stored) and the CNAM dip setting; null only when the carrier reports neither.',
  })
  callerId?: CallerId | null;
  @Field(() => DirectoryListing, { nullable: true, description: 'Directory listing; null when none is stored.' })
  directoryListing?: DirectoryListing | null;
  @Field(() => E911Address, { nullable: true, description: 'E911 service address; null when none is stored.' })
  e911?: E911Address | null;
  @Field(() => MessagingFeature, { nullable: true, description: 'Messaging (SMS/MMS); null when messaging is not enabled.' })
  messaging?: MessagingFeature | null;
}

@ObjectType({ description: 'A telephone number assigned to the account.', implements: Node })
@Directive('@key(fields: "tn")')
export class TelephoneNumber implements Node {
  @Field(() => ID, { description: 'Stable global id of this number (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('TelephoneNumber', this.tn);
  }

  @Field(() => TnScalar, { description: 'The ten-digit number.' })
  tn!: string;

  @Field(() => TelephoneNumberStatus, {
    description: 'Status of the number on the account.',
  })
  status!: TelephoneNumberStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the trunk group the number routes to (carrier trunkGroup; see `trunkGroup`).',
  })
  trunkGroupName?: string | null;

  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number; null when the carrier reports none.',
  })
  rateCenter?: RateCenter | null;

  @Field(() => EndUser, {
    nullable: true,
    description: 'End user (subscriber) stored for the number; null when none is stored.',
  })
  endUser?: EndUser | null;

  @Field(() => TelephoneNumberFeatures, {
    description: 'Caller ID, directory listing, E911 and messaging on the number.',
  })
  features!: TelephoneNumberFeatures;

  @Field(() => String, { nullable: true, description: 'Country calling code, e.g. "1".' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the number came from.' })
  source?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the number was activated on its current trunk group, in UTC, to the millisecond.',
  })
  activatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier user that activated the number, e.g. "api_user".' })
  activatedBy?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the number is wireless rather than wireline; null when not reported.',
  })
  wireless?: boolean | null;

  @Field(() => Boolean, {
    description: 'Whether a port-out PIN is set. The PIN itself is a secret and is never returned; set it with updatePortOutPin.',
  })
  hasPortOutPin!: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text note on the number (carrier tnNote; searchable with noteContains).' })
  note?: string | null;
}

@ObjectType({ description: 'A number assigned to the account and its status, as the account-wide list gives it.' })
export class AssignedTelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' })
  tn!: string;

  @Field(() => TelephoneNumberStatus, { description: 'Status of the number on the account.' })
  status!: TelephoneNumberStatus;
}

export const AssignedTelephoneNumberConnection = ConnectionType(
  'AssignedTelephoneNumber',
  () => AssignedTelephoneNumber,
  'numbers assigned to the account',
);
export type AssignedTelephoneNumberConnection = InstanceType<typeof AssignedTelephoneNumberConnection>;
