/** Output types for inventory: available (/tnInventory), reserved (/tnReservedList), coverage counts. */
import { Field, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { ConnectionType } from '../common/connection.js';
import { RateCenter, TelephoneNumber } from './telephone-number.type.js';

@ObjectType({ description: 'What may be provisioned on a number once ordered.' })
export class NumberCapabilities {
  @Field(() => Boolean, { description: 'Caller ID (the callerId feature: calling name / CNAM) allowed (carrier cnamAllowed).' }) callerId!: boolean;
  @Field(() => Boolean, { description: 'Directory listing allowed (carrier dlAllowed).' }) directoryListing!: boolean;
  @Field(() => Boolean, { description: 'E911 allowed (carrier e911Allowed).' }) e911!: boolean;
  @Field(() => Boolean, { description: 'Messaging allowed (carrier msgAllowed).' }) messaging!: boolean;
  @Field(() => Boolean, { description: 'Port-out PIN protection supported.' }) portOutPin!: boolean;
  @Field(() => Boolean, { description: 'Port-out notification supported.' }) portOutNotification!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'SMS override allowed (inventory only).' }) smsOverride?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS allowed (inventory only).' }) mms?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS override allowed (inventory only).' }) mmsOverride?: boolean | null;
}

@ObjectType({ description: 'A number available in carrier inventory (reserve or order it).' })
export class AvailableTelephoneNumber {
  @Field(() => TnScalar) tn!: string;
  @Field(() => RateCenter, { nullable: true }) rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String) countryCode!: string;
  @Field(() => NumberCapabilities) capabilities!: NumberCapabilities;
}

@ObjectType({
  description:
    'A number reserved by the account (/tnReservedList). A reservation lasts up to four hours from reserveTelephoneNumbers; ' +
    'then the carrier returns the number to inventory without notice. The carrier does not report when each reservation ' +
    'was made or lapses, so none is shown here: order the number within four hours of reserving it, or reserve it again.',
})
export class ReservedTelephoneNumber {
  @Field(() => TnScalar) tn!: string;
  @Field(() => RateCenter, { nullable: true }) rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => Boolean) wireless!: boolean;
  @Field(() => String) countryCode!: string;
  @Field(() => NumberCapabilities) capabilities!: NumberCapabilities;
}

@ObjectType({ description: 'Count of available numbers for one group of the chosen grouping.' })
export class InventoryCoverageEntry {
  @Field(() => String, { nullable: true, description: 'Area code (NPA).' }) npa?: string | null;
  @Field(() => String, { nullable: true, description: 'Exchange (NXX).' }) nxx?: string | null;
  @Field(() => String, { nullable: true, description: 'Thousands block digit (BLOCK grouping).' }) block?: string | null;
  @Field(() => String, { nullable: true }) lata?: string | null;
  @Field(() => String, { nullable: true, description: 'Rate center abbreviation.' }) rateCenter?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state or province.' }) province?: string | null;
  @Field(() => Int, { description: 'Number of available numbers.' }) count!: number;
}

export const TelephoneNumberConnection = ConnectionType('TelephoneNumber', () => TelephoneNumber, 'assigned telephone numbers');
export type TelephoneNumberConnection = InstanceType<typeof TelephoneNumberConnection>;

export const AvailableTelephoneNumberConnection = ConnectionType(
  'AvailableTelephoneNumber',
  () => AvailableTelephoneNumber,
  'available telephone numbers',
);
export type AvailableTelephoneNumberConnection = InstanceType<typeof AvailableTelephoneNumberConnection>;
