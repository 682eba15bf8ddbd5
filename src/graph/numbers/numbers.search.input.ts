/**
 * Search inputs of the numbers domain: the filter and sort of assigned
 * numbers (telephoneNumbers) and of inventory (availableTelephoneNumbers).
 * Limits are declared on the fields, as in numbers.input.ts.
 */
import { Field, InputType, Int } from 'type-graphql';
import { atMost, limit, LimitedField } from '../common/limits.js';
import { SortDirection } from '../common/sort.js';
import {
  AvailableTelephoneNumberSortField,
  MessageClass,
  MessageType,
  RateCenterTier,
  TelephoneNumberSortField,
  TelephoneNumberStatus,
} from './numbers.enums.js';
import { POSTAL_CODE_CHARS } from './numbers.input.js';
import { INVENTORY_QUANTITY_MAX, RATE_CENTER, SEQUENTIAL_QUANTITY_MAX, TRUNK_GROUP_NAME } from './numbers.limits.js';

/** A "contains" search string: present, not blank, of reasonable length. */
const CONTAINS = limit({ maxLength: 100, nonBlank: true });

@InputType({ description: 'Filters over assigned numbers. All given filters must match.' })
export class TelephoneNumberFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Exactly 10 characters of 0-9, x, X or space (x/X/space = any digit), e.g. "312xxxxxxx". Default: all numbers.',
  })
  tnMask?: string | null;
  @Field(() => TelephoneNumberStatus, { nullable: true, description: 'Only numbers in this status.' })
  status?: TelephoneNumberStatus | null;
  @LimitedField(TRUNK_GROUP_NAME, atMost('Exact trunk group name')) trunkGroupName?: string | null;
  @LimitedField(RATE_CENTER, atMost('Rate center abbreviation, e.g. WSHNGTNZN1')) rateCenter?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit LATA.' }) lata?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province, e.g. "IL".' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' }) province?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only numbers in this area code (NPA), three digits, e.g. "312". Not with tnMask/tnWildcard.',
  })
  areaCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only numbers in this exchange (NXX, the three digits after the area code), e.g. "555". Not with tnMask/tnWildcard.',
  })
  exchange?: string | null;

  @Field(() => RateCenterTier, { nullable: true, description: 'One of TIER_0, TIER_2, HI, AK, PRI, CAN.' })
  rateCenterTier?: RateCenterTier | null;
  @LimitedField(CONTAINS, atMost('Note contains this text')) noteContains?: string | null;
  @LimitedField({ ...CONTAINS, maxLength: 15 }, atMost('Calling name contains this text')) callingNameContains?: string | null;
  @LimitedField(CONTAINS, atMost('Any directory listing field contains this text')) directoryListingContains?: string | null;
  @LimitedField(CONTAINS, atMost('Any E911 address field contains this text')) e911Contains?: string | null;
  @Field(() => MessageClass, { nullable: true, description: 'Only numbers enabled for messaging with this class.' })
  messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Only numbers enabled for messaging of this type.' })
  messageType?: MessageType | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only wireless numbers; false: only wireline numbers.' }) wireless?:
    boolean | null;
}

@InputType({ description: 'Sort order of assigned numbers.' })
export class TelephoneNumberSort {
  @Field(() => TelephoneNumberSortField, { description: 'What to sort by.' }) field!: TelephoneNumberSortField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'ASC unless given.' })
  direction?: SortDirection;
}

@InputType({
  description:
    'What to search inventory for. Give areaCode/exchange, tnMask or tnWildcard (default: all numbers), and at most one of rateCenter, ' +
    'city (with state) or postalCode. radius (1-50 miles) needs city+state or postalCode. radius, localCallingArea ' +
    'and sequential exclude each other; localCallingArea needs an NPA-NXX (areaCode+exchange or in the mask/wildcard), a rateCenter, ' +
    'city+state or postalCode.',
})
export class AvailableTelephoneNumberSearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Exactly 10 characters of 0-9, x, X or space (x/X/space = any digit), e.g. "312xxxxxxx".',
  })
  tnMask?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Vanity pattern of 0-9, letters (keypad digits), * (any sequence) and ? (any one character), e.g. "312?Hi*7".',
  })
  tnWildcard?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit LATA.' }) lata?: string | null;
  @LimitedField(RATE_CENTER, () => 'Rate center abbreviation, e.g. WSHNGTNZN1.') rateCenter?: string | null;
  @Field(() => RateCenterTier, { nullable: true, description: 'Only numbers in rate centers of this tier.' })
  rateCenterTier?: RateCenterTier | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state or Canadian province (required with city).' })
  state?: string | null;
  @Field(() => String, { nullable: true, description: 'The same as `state`.', deprecationReason: 'Use `state`.' }) province?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only numbers in this area code (NPA), three digits, e.g. "312". Not with tnMask/tnWildcard.',
  })
  areaCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only numbers in this exchange (NXX, the three digits after the area code), e.g. "555". Not with tnMask/tnWildcard.',
  })
  exchange?: string | null;

  @LimitedField(
    { maxLength: 32, nonBlank: true },
    (l) => `City to search in, e.g. "Naperville" (needs province; at most ${l.maxLength} characters).`,
  )
  city?: string | null;
  @LimitedField(
    { maxLength: 10, nonBlank: true, chars: POSTAL_CODE_CHARS },
    (l) => `ZIP or postal code to search in: letters, digits and spaces, at most ${l.maxLength} characters.`,
  )
  postalCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Search radius in miles, 1-50.' }) radius?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Maximum number of results the carrier should find (it may return fewer): 1-${INVENTORY_QUANTITY_MAX}, or 1-${SEQUENTIAL_QUANTITY_MAX} with sequential.`,
  })
  quantity?: number | null;
  @Field(() => Boolean, { nullable: true, description: `Sequential numbers only (up to ${SEQUENTIAL_QUANTITY_MAX}).` }) sequential?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Wireless numbers (the account must be enabled for wireless).' }) wireless?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Numbers in the local calling area.' }) localCallingArea?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'On-net numbers only (the account setting may override false).' }) searchOnNetOnly?:
    boolean | null;
}

@InputType({ description: 'Sort order of available numbers (like telephoneNumbers and orders).' })
export class AvailableTelephoneNumberSort {
  @Field(() => AvailableTelephoneNumberSortField, { description: 'What to sort by.' }) field!: AvailableTelephoneNumberSortField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'ASC unless given.' })
  direction?: SortDirection;
}

// ---------------------------------------------------------------------------
// Mutation inputs
