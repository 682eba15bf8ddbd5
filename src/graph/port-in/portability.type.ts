/** Portability of a number and the losing carrier's customer service record (CSR). */
import { Field, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { LocalDateScalar } from '../common/scalars.js';
import { RateCenterTier, TypeOfService } from '../numbers/numbers.enums.js';
import { EndUser } from '../numbers/telephone-number.type.js';

@ObjectType({ description: 'Whether a number held by another carrier can be ported in.' })
export class Portability {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => Boolean, { nullable: true, description: 'True when the number can be ported in; null when the carrier did not say.' })
  portable!: boolean | null;
  @Field(() => String, { nullable: true, description: 'The carrier holding the number today (the losing carrier); portable numbers only.' })
  losingCarrier!: string | null;
  @Field(() => String, { nullable: true, description: "The number's local routing number (LRN); portable numbers only." })
  localRoutingNumber!: string | null;
  @Field(() => RateCenterTier, {
    nullable: true,
    description: "The number's rate center tier; null when the carrier reports none or one the guide does not list (see the label).",
  })
  rateCenterTier!: RateCenterTier | null;
  @Field(() => String, { nullable: true, description: 'The tier as the carrier reports it, without its "Tier " prefix, e.g. "0".' })
  rateCenterTierLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the number cannot be ported in; null when it can.' })
  notPortableReason!: string | null;
}

@ObjectType({ description: 'A location of a service address, e.g. type "Ste", value "900".' })
export class AddressLocation {
  @Field(() => String, { description: 'Location type, e.g. "Ste", "Flr", "Apt".' }) type!: string;
  @Field(() => String, { nullable: true, description: 'Location value, e.g. "900".' }) value!: string | null;
}

@ObjectType({
  description:
    "The losing carrier's customer service record (CSR) of a number: the account and end-user data a port-in order needs. " +
    'A failed lookup is an answer too: `found` is false and `message` says why.',
})
export class CustomerServiceRecord {
  @Field(() => TnScalar, { description: 'The number looked up.' }) tn!: string;
  @Field(() => Boolean, { description: 'True when the losing carrier returned a record.' }) found!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The outcome as the carrier words it, e.g. "Failure: Carrier does not support automated CSR lookups".',
  })
  message!: string | null;
  @Field(() => String, { nullable: true, description: 'Account number at the losing carrier.' }) accountNumber!: string | null;
  @Field(() => TnScalar, { nullable: true, description: 'Account (billing) telephone number.' }) accountTelephoneNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'End user (subscriber) name.' }) endUserName!: string | null;
  @Field(() => EndUser, {
    nullable: true,
    description:
      'The end user with the field names of `EndUserInput`, so it prefills `orderPortIn` (numbers[].endUser) as it is: select ' +
      'name, streetNum, streetPreDir, streetName, streetType, streetPostDir, locationType1..3, locationValue1..3, city, state, ' +
      'postalCode and typeOfService (not `status`, which the input does not take, nor `__typename`). With `accountNumber`, ' +
      '`accountTelephoneNumber` and `authName` it fills a `PortInNumberInput` without renaming. Null when the record has no ' +
      'end-user data (a failed lookup).',
  })
  endUser!: EndUser | null;
  @Field(() => String, { nullable: true, description: 'Service address on one line.' }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'Street number.' }) streetNum!: string | null;
  @Field(() => String, { nullable: true, description: 'Street direction prefix.' }) streetPreDir!: string | null;
  @Field(() => String, { nullable: true, description: 'Street name.' }) streetName!: string | null;
  @Field(() => String, { nullable: true, description: 'Street type.' }) streetType!: string | null;
  @Field(() => String, { nullable: true, description: 'Street direction suffix.' }) streetPostDir!: string | null;
  @Field(() => [AddressLocation], { description: 'Suite, floor and similar parts of the address.' }) locations!: AddressLocation[];
  @Field(() => String, { nullable: true, description: 'City.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state or province.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode!: string | null;
  @Field(() => TypeOfService, { nullable: true, description: 'Business or residence.' }) typeOfService!: TypeOfService | null;
  @Field(() => String, { nullable: true, description: 'The losing carrier.' }) losingCarrier!: string | null;
  @Field(() => String, { nullable: true, description: "The losing carrier's operating company number (OCN)." }) ocn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Service locations on the account.' }) serviceLocationCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Lines on the account.' }) lineCount!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who authorized the account, as the record names them; `PortInNumberInput.authName` takes it.',
  })
  authName!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Earliest port date the losing carrier accepts.' })
  earliestPortDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Remarks on the record.' }) remarks!: string | null;
  @Field(() => String, { nullable: true, description: 'What the losing carrier requires on a port request, e.g. "PIN required".' })
  requirements!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when the port qualifies as a simple port.' }) simplePort!: boolean | null;
  @Field(() => [TnScalar], { description: 'Other numbers on the same account.' }) relatedNumbers!: string[];
}
