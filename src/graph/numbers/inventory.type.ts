/** Output types for inventory: available (/tnInventory), reserved (/tnReservedList), coverage counts. */
import { Field, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { ConnectionType } from '../common/connection.js';
import { RateCenter, TelephoneNumber } from './telephone-number.type.js';

@ObjectType({ description: 'What may be provisioned on a number once ordered.' })
export class NumberCapabilities {
  @Field(() => Boolean, { description: 'Caller ID (the callerId feature: calling name / CNAM) allowed.' })
  callerId!: boolean;
  @Field(() => Boolean, { description: 'Directory listing allowed.' }) directoryListing!: boolean;
  @Field(() => Boolean, { description: 'E911 allowed.' }) e911!: boolean;
  @Field(() => Boolean, { description: 'Messaging allowed.' }) messaging!: boolean;
  @Field(() => Boolean, { description: 'Port-out PIN protection supported.' }) portOutPin!: boolean;
  @Field(() => Boolean, { description: 'Port-out notification supported.' }) portOutNotification!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'SMS override allowed (inventory only).' }) smsOverride?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS allowed (inventory only).' }) mms?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS override allowed (inventory only).' }) mmsOverride?: boolean | null;
}

@ObjectType({ description: 'A number available in inventory: reserve or order it.' })
export class AvailableTelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number: where it is local, with its LATA, state and tier.',
  })
  rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true, description: 'City of the number, e.g. "COLFAX".' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Country calling code, e.g. "1"; null when the carrier does not say.' })
  countryCode?: string | null;
  @Field(() => NumberCapabilities, {
    description: 'What may be provisioned on the number (carrier cnamAllowed, dlAllowed, e911Allowed, msgAllowed …).',
  })
  capabilities!: NumberCapabilities;
}

@ObjectType({
  description:
    'A number reserved by the account. A reservation lasts up to four hours from reserveTelephoneNumbers; ' +
    'then the carrier returns the number to inventory without notice. The carrier does not report when each reservation ' +
    'was made or lapses, so none is shown here: order the number within four hours of reserving it, or reserve it again.',
})
export class ReservedTelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number: where it is local, with its LATA, state and tier.',
  })
  rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true, description: 'City of the number, e.g. "ORADELL".' }) city?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the number is wireless rather than wireline; null when the carrier does not say.',
  })
  wireless?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Country calling code, e.g. "1"; null when the carrier does not say.' })
  countryCode?: string | null;
  @Field(() => NumberCapabilities, { description: 'What may be provisioned on the number once ordered.' })
  capabilities!: NumberCapabilities;
}

@ObjectType({ description: 'Count of available numbers for one group of the chosen grouping.' })
export class InventoryCoverageEntry {
  @Field(() => String, { nullable: true, description: 'Area code (NPA).' }) npa?: string | null;
  @Field(() => String, { nullable: true, description: 'Exchange (NXX).' }) nxx?: string | null;
  @Field(() => String, { nullable: true, description: 'Thousands block digit (BLOCK grouping).' }) block?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit LATA.' }) lata?: string | null;
  @Field(() => String, { nullable: true, description: 'Rate center abbreviation.' }) rateCenter?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province, e.g. "IL".' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' })
  get province(): string | null | undefined {
    return this.state;
  }
  @Field(() => Int, { description: 'Number of available numbers in this group.' }) count!: number;
}

export const TelephoneNumberConnection = ConnectionType('TelephoneNumber', () => TelephoneNumber, 'assigned telephone numbers');
export type TelephoneNumberConnection = InstanceType<typeof TelephoneNumberConnection>;

export const AvailableTelephoneNumberConnection = ConnectionType(
  'AvailableTelephoneNumber',
  () => AvailableTelephoneNumber,
  'available telephone numbers',
);
export type AvailableTelephoneNumberConnection = InstanceType<typeof AvailableTelephoneNumberConnection>;

export const ReservedTelephoneNumberConnection = ConnectionType(
  'ReservedTelephoneNumber',
  () => ReservedTelephoneNumber,
  'numbers the account has reserved',
);
export type ReservedTelephoneNumberConnection = InstanceType<typeof ReservedTelephoneNumberConnection>;
