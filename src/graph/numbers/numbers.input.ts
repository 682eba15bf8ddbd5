/**
 * Input types of the numbers domain. A field's limits are declared on it
 * (@LimitedField: the description is rendered from them and checkLimits
 * enforces them); rules across fields are in numbers.validation.ts
 * (GraphQL's type system checks only shapes and enums).
 */
import { Field, InputType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { MessageClass, MessageType, TypeOfService } from './numbers.enums.js';
import { atMost, limit, LimitedField, LimitedInputType, type Limit } from '../common/limits.js';
import { CUSTOMER_ORDER_REFERENCE, POSTAL_CODE } from '../common/validation.js';
import { MAX_NUMBERS, PORT_OUT_PIN, TN_NOTE, TRUNK_GROUP_NAME } from './numbers.limits.js';

const CUSTOMER_ORDER_REFERENCE_DESCRIPTION = `Your own reference for the order: letters and digits, at most ${CUSTOMER_ORDER_REFERENCE.maxLength} characters.`;

/** Postal codes: digits for the US, letters and spaces for Canada ("Alphanumeric, spaces allowed"). */
export const POSTAL_CODE_CHARS = { pattern: POSTAL_CODE, rule: 'may contain letters, digits and spaces only' };
/** The guide allows printable ASCII for E911 name and location. */
const PRINTABLE_ASCII = { pattern: /^[\x20-\x7E]*$/, rule: 'may contain printable ASCII characters only' };
/** "name 32, streetNum 10": the limits of these fields, as a type's description quotes them. */
const quoteLimits = (fields: ReadonlyMap<string, Limit>, names: readonly string[]) =>
  names.map((n) => `${n} ${fields.get(n)!.maxLength}`).join(', ');

// ---------------------------------------------------------------------------
// Features and end user (shared by orderTelephoneNumbers and updateTelephoneNumberFeatures)

@LimitedInputType(
  (f) =>
    'End user (subscriber) of the number. Limits (guide, Character Limits): ' +
    `${quoteLimits(f, ['name', 'streetNum', 'streetPreDir', 'streetName', 'streetType', 'city', 'state', 'postalCode'])}.`,
)
export class EndUserInput {
  @LimitedField({ maxLength: 32 }, atMost('End user name')) name?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('Street number, e.g. "100"')) streetNum?: string | null;
  @LimitedField({ maxLength: 2 }, atMost('Street direction prefix, e.g. "N"')) streetPreDir?: string | null;
  @LimitedField({ maxLength: 50 }, atMost('Street name')) streetName?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('Street type, e.g. "St", "Ave"')) streetType?: string | null;
  @Field(() => String, { nullable: true, description: 'Street direction suffix, e.g. "SW".' }) streetPostDir?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 1, e.g. "Bld", "Apt".' }) locationType1?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 1, e.g. "1", "2B".' }) locationValue1?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 2, e.g. "Flr", "Ste".' }) locationType2?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 2, e.g. "900".' }) locationValue2?: string | null;
  @Field(() => String, { nullable: true, description: 'Location type 3, e.g. "Flr", "Ste".' }) locationType3?: string | null;
  @Field(() => String, { nullable: true, description: 'Location value 3.' }) locationValue3?: string | null;
  @LimitedField({ maxLength: 32 }, atMost('City')) city?: string | null;
  @LimitedField({ maxLength: 2 }, () => 'Two-letter state.') state?: string | null;
  @LimitedField(
    { maxLength: 10, chars: POSTAL_CODE_CHARS },
    (l) => `ZIP or postal code: letters, digits and spaces, at most ${l.maxLength} characters.`,
  )
  postalCode?: string | null;
  @Field(() => TypeOfService, {
    nullable: true,
    description: 'Defaults to BUSINESS at the carrier when a calling name or listing is sent.',
  })
  typeOfService?: TypeOfService | null;
}

@InputType({ description: 'Caller ID (CNAM).' })
export class CallerIdInput {
  @LimitedField({ maxLength: 15, nonBlank: true }, (l) => `Calling name: at most ${l.maxLength} characters, at least one letter.`)
  callingName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'CNAM dip on inbound calls; the account default applies when omitted.' })
  cnamDip?: boolean | null;
}

@LimitedInputType(
  (f) =>
    `Directory listing. Limits (guide, Character Limits): lastName/firstName ${f.get('lastName')!.maxLength}, ` +
    `${quoteLimits(f, ['streetNum', 'streetPreDir', 'streetName', 'streetType', 'streetPostDir', 'location', 'city', 'state'])}, ` +
    `${quoteLimits(f, ['postalCode'])}.`,
)
export class DirectoryListingInput {
  @LimitedField({ maxLength: 50 }, (l) => `Last name (residence) or business name (business); at most ${l.maxLength} characters.`)
  lastName?: string | null;
  @LimitedField(
    { maxLength: 50 },
    (l) => `First name (residence) or further business name detail (business); at most ${l.maxLength} characters.`,
  )
  firstName?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('Street number, e.g. "550"')) streetNum?: string | null;
  @LimitedField({ maxLength: 2 }, atMost('Street direction prefix, e.g. "N"')) streetPreDir?: string | null;
  @LimitedField({ maxLength: 50 }, atMost('Street name')) streetName?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('Street type, e.g. "St", "Ave"')) streetType?: string | null;
  @LimitedField({ maxLength: 2 }, atMost('Street direction suffix, e.g. "SW"')) streetPostDir?: string | null;
  @LimitedField({ maxLength: 30 }, atMost('Location within the address, e.g. "Ste 900"')) location?: string | null;
  @LimitedField({ maxLength: 35 }, atMost('City')) city?: string | null;
  @LimitedField({ maxLength: 2 }, () => 'Two-letter state.') state?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('ZIP or postal code')) postalCode?: string | null;
}

const zipPlusFour = (digits: number) =>
  limit({ digits, chars: { pattern: new RegExp(`^\\d{1,${digits}}$`), rule: `must be 1 to ${digits} digits` } });
const ZIP_PLUS_FOUR = zipPlusFour(4);

const e911Deprecated = (name: string) => ({
  nullable: true,
  description: `The same as \`${name}\`.`,
  deprecationReason: `Use \`${name}\`.`,
});

@LimitedInputType(
  (f) =>
    `E911 address. Limits: name ${f.get('name')!.maxLength} and location ${f.get('location')!.maxLength} (printable ASCII), ` +
    `${quoteLimits(f, ['streetNumber', 'street', 'city', 'state', 'postalCode'])}, ` +
    `postalCodePlusFour ${ZIP_PLUS_FOUR.digits}. ` +
    'When ordering a number, name, streetNumber, street, city, state and postalCode are required. ' +
    'The `orig*` fields are the former names: give each value once, under either name.',
)
export class E911AddressInput {
  @LimitedField(
    { maxLength: 32, chars: PRINTABLE_ASCII },
    (l) => `First and last name shown to emergency services (at most ${l.maxLength} printable ASCII characters).`,
  )
  name?: string | null;
  @LimitedField({ maxLength: 10 }, atMost('Street number, e.g. "233"')) streetNumber?: string | null;
  @LimitedField({ maxLength: 48 }, atMost('Street name and type, e.g. "W Adams St"')) street?: string | null;
  @LimitedField(
    { maxLength: 60, chars: PRINTABLE_ASCII },
    (l) => `Location within the address, e.g. "Suite 900" (at most ${l.maxLength} printable ASCII characters).`,
  )
  location?: string | null;
  @LimitedField({ maxLength: 32 }, atMost('City')) city?: string | null;
  @LimitedField({ maxLength: 2 }, () => 'Two-letter US state or Canadian province.') state?: string | null;
  @LimitedField(
    { maxLength: 10, chars: POSTAL_CODE_CHARS },
    (l) => `ZIP or postal code: letters, digits and spaces (Canadian addresses), at most ${l.maxLength} characters.`,
  )
  postalCode?: string | null;
  @LimitedField(ZIP_PLUS_FOUR, (l) => `ZIP+4 extension: at most ${l.digits} digits.`) postalCodePlusFour?: string | null;

  @Field(() => String, e911Deprecated('streetNumber')) origStreetNum?: string | null;
  @Field(() => String, e911Deprecated('street')) origStreetInfo?: string | null;
  @Field(() => String, e911Deprecated('location')) origLocation?: string | null;
  @Field(() => String, e911Deprecated('city')) origCity?: string | null;
  @Field(() => String, e911Deprecated('state')) origState?: string | null;
  @Field(() => String, e911Deprecated('postalCode')) origPostalCode?: string | null;
  @Field(() => String, e911Deprecated('postalCodePlusFour')) origPostalCodePlusFour?: string | null;
}

@InputType({ description: 'Messaging enablement. When ordering a number, messageClass and messageType are required.' })
export class MessagingInput {
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class: P2P, A2PLC or A2P8XX (required when ordering a number).' })
  messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Messaging type: SMS, MMS or both (required when ordering a number).' })
  messageType?: MessageType | null;
  @LimitedField(
    { maxLength: 10, nonBlank: true },
    (l) => `NNID (at most ${l.maxLength} characters, configured on the account); the account default applies when omitted.`,
  )
  netNumberId?: string | null;
}

@InputType({ description: 'Features to add or update; omitted features are left as they are.' })
export class FeaturesInput {
  @Field(() => CallerIdInput, { nullable: true, description: 'Caller ID (CNAM): calling name and CNAM dip.' })
  callerId?: CallerIdInput | null;
  @Field(() => DirectoryListingInput, { nullable: true, description: 'Directory listing.' })
  directoryListing?: DirectoryListingInput | null;
  @Field(() => E911AddressInput, { nullable: true, description: 'E911 service address.' }) e911?: E911AddressInput | null;
  @Field(() => MessagingInput, { nullable: true, description: 'Messaging (SMS/MMS) enablement.' }) messaging?: MessagingInput | null;
}

@InputType({ description: 'Features to remove (true removes it; the carrier removeTnFeature Y).' })
export class FeatureRemovalInput {
  @Field(() => Boolean, { nullable: true, description: 'Remove the calling name (LIDB storage).' }) callerId?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove the directory listing.' }) directoryListing?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove the E911 address.' }) e911?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove messaging (SMS/MMS) from the number.' }) messaging?: boolean | null;
}

// ---------------------------------------------------------------------------
// Query inputs

@InputType({ description: 'The numbers to reserve or release: give `numbers` (`tns` is its former name; not both).' })
export class TelephoneNumbersInput {
  @Field(() => [TnScalar], { nullable: true, description: `At least one number, at most ${MAX_NUMBERS.reserve}, no duplicates.` })
  numbers?: string[] | null;
  @Field(() => [TnScalar], { nullable: true, description: 'The same as `numbers`.', deprecationReason: 'Use `numbers`.' })
  tns?: string[] | null;
}

@InputType({ description: 'One number to order from inventory, with its options.' })
export class OrderNumberInput {
  @Field(() => TnScalar, { description: 'An available number, e.g. from availableTelephoneNumbers or reservedTelephoneNumbers.' })
  tn!: string;
  @LimitedField(TRUNK_GROUP_NAME, (l) => `Trunk group to route the number to (see trunkGroups; at most ${l.maxLength} characters).`)
  trunkGroupName?: string | null;
  @LimitedField(PORT_OUT_PIN, () => 'Port-out protection PIN (Tier 0 and HI numbers).') portOutPin?: string | null;
  @LimitedField(TN_NOTE, atMost('Free-text note stored on the number')) note?: string | null;
  @Field(() => EndUserInput, { nullable: true, description: 'End user (subscriber) of the number.' }) endUser?: EndUserInput | null;
  @Field(() => FeaturesInput, {
    nullable: true,
    description:
      'Features to provision; a calling name, directory listing, E911 or messaging makes the carrier create an order (see completedSynchronously).',
  })
  features?: FeaturesInput | null;
}

@InputType({ description: 'Numbers to order from inventory, with their options.' })
export class OrderTelephoneNumbersInput {
  @Field(() => String, { nullable: true, description: CUSTOMER_ORDER_REFERENCE_DESCRIPTION })
  customerOrderReference?: string | null;
  @Field(() => [OrderNumberInput], { description: `At least one number, at most ${MAX_NUMBERS.order}, each at most once.` })
  numbers!: OrderNumberInput[];
}

@InputType({ description: 'A number and the trunk group it should route to.' })
export class TrunkGroupAssignmentInput {
  @Field(() => TnScalar, { description: 'An In Service number of the account.' }) tn!: string;
  @LimitedField(TRUNK_GROUP_NAME, (l) => `Trunk group name (see trunkGroups; at most ${l.maxLength} characters).`, { nullable: false })
  trunkGroupName!: string;
}

@InputType({ description: 'In Service numbers to move to other trunk groups.' })
export class UpdateTelephoneNumberTrunkGroupInput {
  @Field(() => String, { nullable: true, description: CUSTOMER_ORDER_REFERENCE_DESCRIPTION })
  customerOrderReference?: string | null;
  @Field(() => [TrunkGroupAssignmentInput], {
    description: `At least one number, at most ${MAX_NUMBERS.updateTrunkGroup}, each at most once.`,
  })
  numbers!: TrunkGroupAssignmentInput[];
}

@InputType({ description: 'Feature changes for one number.' })
export class NumberFeatureChangeInput {
  @Field(() => TnScalar, { description: 'An In Service number of the account.' }) tn!: string;
  @Field(() => EndUserInput, { nullable: true, description: 'End user to set with the features.' }) endUser?: EndUserInput | null;
  @Field(() => FeaturesInput, { nullable: true, description: 'Features to add or update.' }) features?: FeaturesInput | null;
  @Field(() => FeatureRemovalInput, { nullable: true, description: 'Features to remove.' }) remove?: FeatureRemovalInput | null;
}

@InputType({ description: 'Features to add, update or remove on In Service numbers.' })
export class UpdateTelephoneNumberFeaturesInput {
  @Field(() => String, { nullable: true, description: CUSTOMER_ORDER_REFERENCE_DESCRIPTION })
  customerOrderReference?: string | null;
  @Field(() => [NumberFeatureChangeInput], {
    description: `At least one number, at most ${MAX_NUMBERS.updateFeatures}, each at most once.`,
  })
  numbers!: NumberFeatureChangeInput[];
}

@InputType({ description: 'A number and its new port-out PIN.' })
export class PortOutPinAssignmentInput {
  @Field(() => TnScalar, { description: 'An In Service number of the account.' }) tn!: string;
  @LimitedField(PORT_OUT_PIN, (l) => `The new PIN (at most ${l.maxLength} characters; never returned by the graph).`, { nullable: false })
  portOutPin!: string;
}

@InputType({ description: 'Port-out PINs to set on In Service numbers.' })
export class UpdatePortOutPinInput {
  @Field(() => [PortOutPinAssignmentInput], {
    description: `At least one number, at most ${MAX_NUMBERS.updatePortOutPin}, each at most once.`,
  })
  numbers!: PortOutPinAssignmentInput[];
}

@InputType({ description: 'A number and its new note.' })
export class NoteAssignmentInput {
  @Field(() => TnScalar, { description: 'An In Service number of the account.' }) tn!: string;
  @LimitedField(TN_NOTE, (l) => `The note (at most ${l.maxLength} characters); it replaces the number's current note.`, { nullable: false })
  note!: string;
}

@InputType({ description: 'Notes to set on In Service numbers.' })
export class UpdateTelephoneNumberNoteInput {
  @Field(() => [NoteAssignmentInput], { description: `At least one number, at most ${MAX_NUMBERS.updateNote}, each at most once.` })
  numbers!: NoteAssignmentInput[];
}

@InputType({ description: 'The In Service numbers to disconnect: give `numbers` (`tns` is its former name; not both).' })
export class DisconnectTelephoneNumbersInput {
  @Field(() => String, { nullable: true, description: CUSTOMER_ORDER_REFERENCE_DESCRIPTION })
  customerOrderReference?: string | null;
  @Field(() => [TnScalar], { nullable: true, description: `At least one number, at most ${MAX_NUMBERS.disconnect}, no duplicates.` })
  numbers?: string[] | null;
  @Field(() => [TnScalar], { nullable: true, description: 'The same as `numbers`.', deprecationReason: 'Use `numbers`.' })
  tns?: string[] | null;
}
