/** Input of correctPortIn: corrections to port-in numbers in jeopardy, sent through /orderUpdate. */
import { Field, ID, InputType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { EndUserInput } from '../numbers/numbers.input.js';
import { PortAccountFields } from '../orders/order-update.input.js';

@InputType({
  description:
    'The correction of one number in jeopardy: the account data (accountNumber, accountTelephoneNumber, authName and authDate together), ' +
    'the account PIN alone, or the end user as the losing carrier knows them. Give at least one.',
})
export class PortInCorrectionInput extends PortAccountFields {
  @Field(() => TnScalar, { description: 'A number of the order in jeopardy.' }) tn!: string;
  @Field(() => EndUserInput, {
    nullable: true,
    description: 'End user: name, streetNum, streetName, city, state, postalCode and typeOfService go together.',
  })
  endUser?: EndUserInput | null;
}

@InputType({ description: 'Corrections to numbers of a port-in order that the losing carrier rejected (JEOPARDY).' })
export class CorrectPortInInput {
  @Field(() => ID, { description: 'The port-in order.' }) orderId!: string;
  @Field(() => [PortInCorrectionInput], { description: 'One correction per number, each number once.' }) numbers!: PortInCorrectionInput[];
}
