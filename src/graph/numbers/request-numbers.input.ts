/**
 * The input of requestTelephoneNumbers and its rules. The carrier documents
 * the formats (two-letter state, three-digit LATA, NPA and NXX) and that a
 * quantity is required; it states no upper bound, so none is set here
 * beyond GraphQL's Int. An exchange means nothing without its area code, and
 * rate center abbreviations are unique only within a state, so each needs
 * the other.
 */
import { Field, InputType, Int } from 'type-graphql';
import { checkLimits, LimitedField } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import { CUSTOMER_ORDER_REFERENCE, type Issues, type Path } from '../common/validation.js';
import { RATE_CENTER, TRUNK_GROUP_NAME } from './numbers.limits.js';
import { checkAreaCodeAndExchange } from './numbers.validation.js';

const STATE = /^[A-Za-z]{2}$/;
const LATA = /^\d{3}$/;

@InputType({
  description:
    'How many new numbers to ask the carrier for, and where. Every criterion is optional: areaCode (with exchange for one ' +
    'NPA-NXX), rateCenter (with its state), lata, state. With activate the numbers are put in service on your account; ' +
    'otherwise they are added to inventory, where you can find, reserve and order them.',
})
export class RequestTelephoneNumbersInput {
  @Field(() => Int, { description: 'How many numbers to request: at least 1.' })
  quantity!: number;
  @Field(() => String, { nullable: true, description: 'Area code (NPA) of the numbers: three digits, the first 2-9, e.g. "312".' })
  areaCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exchange (NXX, the three digits after the area code), e.g. "348". Only together with areaCode.',
  })
  exchange?: string | null;
  @LimitedField(RATE_CENTER, (l) => `Rate center abbreviation, e.g. "WSHNGTNZN1" (at most ${l.maxLength} characters). Only with state.`)
  rateCenter?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province, e.g. "IL".' })
  state?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit LATA, e.g. "358".' })
  lata?: string | null;
  @LimitedField(
    TRUNK_GROUP_NAME,
    (l) => `Trunk group the numbers route to once activated (see trunkGroups; at most ${l.maxLength} characters).`,
  )
  trunkGroupName?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: put the numbers in service on your account (on trunkGroupName) as the order completes. false or absent: only ' +
      'add them to inventory.',
  })
  activate?: boolean | null;
  @LimitedField(CUSTOMER_ORDER_REFERENCE, (l) => `Your own reference for the order: letters and digits, at most ${l.maxLength} characters.`)
  customerOrderReference?: string | null;
}

/** Every rule of the input, each at its field; nothing is sent when one fails. */
export function checkRequestTelephoneNumbers(issues: Issues, path: Path, input: RequestTelephoneNumbersInput): void {
  const at = (field: string): Path => [...path, field];
  if (input.quantity < 1) {
    issues.add(at('quantity'), UserErrorCode.OUT_OF_RANGE, `quantity must be at least 1 (got ${input.quantity}).`);
  }
  checkAreaCodeAndExchange(issues, path, input);
  if (input.exchange && !input.areaCode) {
    issues.add(at('areaCode'), UserErrorCode.REQUIRED, 'An exchange needs its area code: give areaCode with exchange.');
  }
  issues.pattern(at('state'), input.state, STATE, `A state is two letters, e.g. "IL" (got "${input.state}").`);
  issues.pattern(at('lata'), input.lata, LATA, `A LATA is three digits, e.g. "358" (got "${input.lata}").`);
  if (input.rateCenter && !input.state) {
    issues.add(
      at('state'),
      UserErrorCode.REQUIRED,
      'A rate center needs its state: rate center abbreviations are unique only within a state.',
    );
  }
  checkLimits(issues, path, input, RequestTelephoneNumbersInput);
}
