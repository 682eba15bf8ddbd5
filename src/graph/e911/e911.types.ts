/** The E911 graph types: a validation answer, a number's E911 service, and the enums they use. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { E911Address } from '../numbers/telephone-number.type.js';

export enum E911ValidationResult {
  VALID = 'VALID',
  CORRECTED = 'CORRECTED',
  INVALID = 'INVALID',
}

registerEnumType(E911ValidationResult, {
  name: 'E911ValidationResult',
  description: 'How the carrier judged an E911 address.',
  valuesConfig: {
    VALID: { description: 'The address is valid as sent (carrier result 0).' },
    CORRECTED: { description: 'Close enough: the carrier corrected it; use `corrected` (carrier result 1).' },
    INVALID: { description: 'Not close enough; `candidates` may list addresses to pick from (carrier result 2).' },
  },
});

export enum E911Status {
  PROVISIONED = 'PROVISIONED',
  NOT_PROVISIONED = 'NOT_PROVISIONED',
}

registerEnumType(E911Status, {
  name: 'E911Status',
  description: 'Whether a number has E911 service.',
  valuesConfig: {
    PROVISIONED: { description: 'An E911 address is provisioned: emergency calls are routed with it.' },
    NOT_PROVISIONED: { description: 'No E911 address is provisioned on the number.' },
  },
});

@ObjectType({ description: 'An address the carrier proposes for E911 service. Fields the carrier leaves out are null.' })
export class E911CandidateAddress {
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "550".' }) streetNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Street name and type, e.g. "W Adams St".' }) street!: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP+4 extension; null on a corrected address (the carrier sends none).' })
  postalCodePlusFour!: string | null;
  @Field(() => String, { nullable: true, description: 'Country, e.g. "USA"; null on a corrected address.' }) country!: string | null;
}

@ObjectType({
  description:
    "The carrier's judgement of an E911 address: VALID as sent, CORRECTED (provision `corrected`), or INVALID (pick one of `candidates`, or fix the address).",
})
export class ValidatedAddress {
  @Field(() => E911ValidationResult, { nullable: true, description: 'The verdict; null when the carrier answers a result we do not know.' })
  result!: E911ValidationResult | null;
  @Field(() => String, { nullable: true, description: 'The carrier\'s own message, e.g. "Corrected to valid address|Corrected ZIP Code".' })
  resultLabel!: string | null;
  @Field(() => [String], { description: 'The carrier\'s messages one by one, e.g. ["Corrected to valid address", "Corrected ZIP Code"].' })
  messages!: string[];
  @Field(() => E911CandidateAddress, {
    nullable: true,
    description: 'The address as the carrier corrected it (also sent for VALID, then equal to the input); null when it sends none.',
  })
  corrected!: E911CandidateAddress | null;
  @Field(() => [E911CandidateAddress], { description: 'Addresses to pick from when the result is INVALID; empty when none.' })
  candidates!: E911CandidateAddress[];
}

@ObjectType({ description: "A number's E911 service: its provisioned address and who is notified of emergency calls." })
export class TelephoneNumberE911 {
  /** The number, for the notification e-mails (read only when selected). */
  tn!: string;
  @Field(() => E911Status, { description: 'Whether an E911 address is provisioned.' }) status!: E911Status;
  @Field(() => E911Address, { nullable: true, description: 'The provisioned address; null when none is provisioned.' })
  address!: E911Address | null;
}
