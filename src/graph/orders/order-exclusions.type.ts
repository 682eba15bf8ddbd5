/** What an order could not do for some of its numbers: features it could not provision, E911 addresses that failed. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, TnScalar } from '../common/scalars.js';

export enum ExcludedFeatureKind {
  CALLER_ID = 'CALLER_ID',
  DIRECTORY_LISTING = 'DIRECTORY_LISTING',
  E911 = 'E911',
  MESSAGING = 'MESSAGING',
  PORT_OUT_PIN = 'PORT_OUT_PIN',
  OTHER = 'OTHER',
}
registerEnumType(ExcludedFeatureKind, {
  name: 'ExcludedFeatureKind',
  description: 'Which feature was left out. The carrier names it only inside its reason, so this is read from that text.',
  valuesConfig: {
    CALLER_ID: { description: 'Caller ID name (CNAM).' },
    DIRECTORY_LISTING: { description: 'Directory listing.' },
    E911: { description: 'E911 address.' },
    MESSAGING: { description: 'Text and picture messaging.' },
    PORT_OUT_PIN: { description: 'Port-out PIN.' },
    OTHER: { description: 'A feature this gateway cannot tell from the reason; see reason.' },
  },
});

@ObjectType({ description: 'A feature the order could not provision on one of its numbers.\n\nCarrier: /excludedFeatureList.' })
export class ExcludedFeature {
  @Field(() => TnScalar, { description: 'The number.' }) tn!: string;
  @Field(() => ExcludedFeatureKind, { description: 'Which feature, read from the reason.' }) feature!: ExcludedFeatureKind;
  @Field(() => String, { nullable: true, description: 'Why, in the carrier\'s words, e.g. "Directory Listing is not supported".' })
  reason?: string | null;
}

@ObjectType({
  description: 'A number whose E911 address the carrier could not accept, with the address as sent.\n\nCarrier: /excludedE911Detail.',
})
export class ExcludedE911Address {
  @Field(() => TnScalar, { description: 'The number.' }) tn!: string;
  @Field(() => String, { nullable: true, description: 'Name at the address.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Street number.' }) streetNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Street.' }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'Floor, suite or other location.' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state or province.' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP+4 extension.' }) postalCodePlusFour?: string | null;
  @Field(() => [String], { description: 'Every reason the carrier gave, one per item.' }) reasons!: string[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was excluded (YYYY-MM-DD).' }) excludedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The carrier user who placed the order.' }) excludedBy?: string | null;
}
