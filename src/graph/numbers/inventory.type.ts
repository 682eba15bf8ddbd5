/** Output types for inventory: available (/tnInventory), reserved (/tnReservedList), coverage counts. */
import { Field, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { ConnectionType } from '../common/connection.js';
import { RateCenter, TelephoneNumber } from './telephone-number.type.js';

@ObjectType({ description: 'What may be provisioned on a number once ordered.' })
export class NumberCapabilities {
  @Field(() => Boolean, { description: 'Caller ID (the callerId feature: calling name / CNAM) allowed (carrier cnamAllowed).' })
  callerId!: boolean;
  @Field(() => Boolean, { description: 'Directory listing allowed (carrier dlAllowed).' }) directoryListing!: boolean;
  @Field(() => Boolean, { description: 'E911 allowed (carrier e911Allowed).' }) e911!: boolean;
  @Field(() => Boolean, { description: 'Messaging allowed (carrier msgAllowed).' }) messaging!: boolean;
  @Field(() => Boolean, { description: 'Port-out PIN protection supported.' }) portOutPin!: boolean;
  @Field(() => Boolean, { description: 'Port-out notification supported.' }) portOutNotification!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'SMS override allowed (inventory only).' }) smsOverride?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS allowed (inventory only).' }) mms?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'MMS override allowed (inventory only).' }) mmsOverride?: boolean | null;
}

@ObjectType({ description: 'A number available in carrier inventory (reserve or order it), as /tnInventory describes it.' })
export class AvailableTelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number (carrier telephoneNumber).' }) tn!: string;
  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number (carrier rateCenter, rateCenterName, lata, province, rateCenterTier).',
  })
  rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true, description: 'City of the number (carrier city), e.g. "COLFAX".' }) city?: string | null;
  @Field(() => String, { description: 'Country calling code (carrier countryCode; "1" when the carrier omits it).' }) countryCode!: string;
  @Field(() => NumberCapabilities, {
    description: 'What may be provisioned on the number (carrier cnamAllowed, dlAllowed, e911Allowed, msgAllowed …).',
  })
  capabilities!: NumberCapabilities;
}

@ObjectType({
  description:
    'A number reserved by the account (/tnReservedList). A reservation lasts up to four hours from reserveTelephoneNumbers; ' +
    'then the carrier returns the number to inventory without notice. The carrier does not report when each reservation ' +
    'was made or lapses, so none is shown here: order the number within four hours of reserving it, or reserve it again.',
})
export class ReservedTelephoneNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number (carrier telephoneNumber).' }) tn!: string;
  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number (carrier rateCenter, rateCenterName, lata, province, rateCenterTier).',
  })
  rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true, description: 'City of the number (carrier city), e.g. "ORADELL".' }) city?: string | null;
  @Field(() => Boolean, { description: 'Whether the number is wireless (carrier isWireless Y/N; false when not reported).' })
  wireless!: boolean;
  @Field(() => String, { description: 'Country calling code (carrier countryCode; "1" when the carrier omits it).' }) countryCode!: string;
  @Field(() => NumberCapabilities, { description: 'What may be provisioned on the number once ordered.' })
  capabilities!: NumberCapabilities;
}

@ObjectType({ description: 'Count of available numbers for one group of the chosen grouping.' })
export class InventoryCoverageEntry {
  @Field(() => String, { nullable: true, description: 'Area code (NPA).' }) npa?: string | null;
  @Field(() => String, { nullable: true, description: 'Exchange (NXX).' }) nxx?: string | null;
  @Field(() => String, { nullable: true, description: 'Thousands block digit (BLOCK grouping).' }) block?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit LATA.' }) lata?: string | null;
  @Field(() => String, { nullable: true, description: 'Rate center abbreviation (carrier rcAbbre).' }) rateCenter?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state or province (carrier locState).' }) province?: string | null;
  @Field(() => Int, { description: 'Number of available numbers in this group (carrier count).' }) count!: number;
}

export const TelephoneNumberConnection = ConnectionType('TelephoneNumber', () => TelephoneNumber, 'assigned telephone numbers');
export type TelephoneNumberConnection = InstanceType<typeof TelephoneNumberConnection>;

export const AvailableTelephoneNumberConnection = ConnectionType(
  'AvailableTelephoneNumber',
  () => AvailableTelephoneNumber,
  'available telephone numbers',
);
export type AvailableTelephoneNumberConnection = InstanceType<typeof AvailableTelephoneNumberConnection>;
