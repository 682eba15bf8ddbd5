/** Input types of the toll-free domain; limits are declared on the fields (@LimitedField). */
import { Field, InputType, Int } from 'type-graphql';
import { atMost, LimitedField } from '../common/limits.js';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { CUSTOMER_ORDER_REFERENCE } from '../common/validation.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';
import { TN_NOTE } from '../numbers/numbers.limits.js';
import { TollFreeNumberStatus, TollFreeProduct } from './toll-free.enums.js';
import { CALLING_NAME, RESPORG_ID, ROUTING_LABEL, TOLL_FREE_MASK, VANITY } from './toll-free.limits.js';

const REFERENCE = `Your own reference for the order: letters and digits, at most ${CUSTOMER_ORDER_REFERENCE.maxLength} characters.`;

@InputType({ description: 'Filters over the toll-free numbers of the account; all given filters must match.' })
export class TollFreeNumberFilter {
  @LimitedField(TOLL_FREE_MASK, (l) => `Number pattern: ${l.chars!.rule}.`) tnMask?: string | null;
  @Field(() => [TollFreeNumberStatus], { nullable: true, description: 'Only numbers in one of these statuses.' })
  statuses?: TollFreeNumberStatus[] | null;
  @LimitedField(ROUTING_LABEL, atMost('Only numbers on this routing label (its carrier name)')) routingLabel?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Activated at or after this instant.' }) activatedFrom?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Activated at or before this instant.' }) activatedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Activated by a user whose name contains this text.' }) activatedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Note contains this text.' }) noteContains?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a caller ID name.' }) hasCallingName?:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'Caller ID name contains this text.' }) callingNameContains?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) CNAM dip.' }) cnamDip?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) an E911 address.' }) hasE911?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Any E911 field contains this text.' }) e911Contains?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) messaging.' }) hasMessaging?: boolean | null;
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class.' }) messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Messaging type.' }) messageType?: MessageType | null;
}

@InputType({
  description:
    'An inventory search: exactly one of `mask` or `vanity`. Vanity letters are keypad digits (A-C 2 … W-Z 9), ? is any one digit, * any digits (once, or a contiguous run; required below 10 characters), & repeats the digit before it.',
})
export class AvailableTollFreeNumberSearch {
  @LimitedField(TOLL_FREE_MASK, (l) => `Number pattern: ${l.chars!.rule}.`) mask?: string | null;
  @LimitedField(VANITY, (l) => `Vanity pattern, e.g. "844CALLNOW" or "8*FLOWERS": at most ${l.maxLength} characters, ${l.chars!.rule}.`)
  vanity?: string | null;
  @Field(() => Int, { description: 'How many numbers at most: 1-1000, or 1-10 when sequential.' }) quantity!: number;
  @Field(() => Boolean, { nullable: true, description: 'Only consecutive numbers.' }) sequential?: boolean | null;
}

@InputType({ description: 'Caller ID to set on a toll-free number.' })
export class TollFreeCallerIdInput {
  @LimitedField(CALLING_NAME, (l) => `Name shown on outbound calls: at most ${l.maxLength} characters, at least one letter.`)
  callingName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Look up the caller name on inbound calls (CNAM dip).' }) cnamDip?: boolean | null;
}

@InputType({ description: 'Messaging to set on a toll-free number.' })
export class TollFreeMessagingInput {
  @Field(() => MessageClass, { description: 'Messaging class.' }) messageClass!: MessageClass;
  @Field(() => MessageType, { description: 'SMS, MMS or both.' }) messageType!: MessageType;
  @Field(() => String, { nullable: true, description: 'NetNumber ID configured on your account; default when absent.' }) netNumberId?:
    string | null;
}

@InputType({ description: 'An E911 address (name and location accept any printable ASCII).' })
export class TollFreeE911Input {
  @Field(() => String, { description: 'First and last name.' }) name!: string;
  @Field(() => String, { description: 'Street number, e.g. 550.' }) streetNumber!: string;
  @Field(() => String, { description: 'Street, e.g. W Adams St.' }) street!: string;
  @Field(() => String, { nullable: true, description: 'Location, e.g. Suite 900.' }) location?: string | null;
  @Field(() => String, { description: 'City.' }) city!: string;
  @Field(() => String, { description: 'Two-letter state.' }) state!: string;
  @Field(() => String, { description: 'ZIP code.' }) postalCode!: string;
  @Field(() => String, { nullable: true, description: 'ZIP+4 extension.' }) postalCodePlusFour?: string | null;
}

@InputType({ description: 'Features of a new toll-free number.' })
export class TollFreeFeaturesInput {
  @Field(() => TollFreeCallerIdInput, { nullable: true, description: 'Caller ID.' }) callerId?: TollFreeCallerIdInput | null;
  @Field(() => TollFreeMessagingInput, { nullable: true, description: 'Messaging.' }) messaging?: TollFreeMessagingInput | null;
  @Field(() => TollFreeE911Input, { nullable: true, description: 'E911 address.' }) e911?: TollFreeE911Input | null;
}

@InputType({ description: 'One toll-free number to order.' })
export class TollFreeOrderLineInput {
  @Field(() => TnScalar, { description: 'The toll-free number.' }) tn!: string;
  @LimitedField(ROUTING_LABEL, atMost('Routing label to route it on (its carrier name or your name for it)'), { nullable: false })
  routingLabel!: string;
  @LimitedField(RESPORG_ID, (l) => `Your RespOrg id; required for LOAD_ON_OUR_CIC: ${l.chars!.rule}.`) respOrgId?: string | null;
  @Field(() => [String], { nullable: true, description: 'CICs to load it on, four digits each.' }) cics?: string[] | null;
  @LimitedField(TN_NOTE, atMost('Your note on the number')) note?: string | null;
  @Field(() => TollFreeFeaturesInput, { nullable: true, description: 'Features.' }) features?: TollFreeFeaturesInput | null;
}

@InputType({ description: 'Toll-free numbers to bring to the account.' })
export class OrderTollFreeNumbersInput {
  @Field(() => TollFreeProduct, { description: 'Load, port in, or order from inventory.' }) product!: TollFreeProduct;
  @Field(() => [TollFreeOrderLineInput], { description: 'The numbers, at most 100.' }) numbers!: TollFreeOrderLineInput[];
  @Field(() => Boolean, { nullable: true, description: 'PORT_IN only, and then required: you hold a letter of authorization.' })
  letterOfAuthorization?: boolean | null;
  @Field(() => String, { nullable: true, description: REFERENCE }) customerOrderReference?: string | null;
}

@InputType({ description: 'A new routing label for a number.' })
export class TollFreeRoutingInput {
  @Field(() => TnScalar, { description: 'The In Service toll-free number.' }) tn!: string;
  @LimitedField(ROUTING_LABEL, atMost('The routing label (its carrier name or your name for it)'), { nullable: false })
  routingLabel!: string;
}

@InputType({ description: 'Routing changes for In Service toll-free numbers.' })
export class UpdateTollFreeNumberRoutingInput {
  @Field(() => [TollFreeRoutingInput], { description: 'The numbers and their new labels, at most 100.' }) numbers!: TollFreeRoutingInput[];
  @Field(() => String, { nullable: true, description: REFERENCE }) customerOrderReference?: string | null;
}

@InputType({ description: 'Feature changes for one number: set a feature, or remove it (not both for the same feature).' })
export class TollFreeFeatureChangeInput {
  @Field(() => TnScalar, { description: 'The toll-free number.' }) tn!: string;
  @Field(() => TollFreeCallerIdInput, { nullable: true, description: 'Caller ID to add or change.' })
  callerId?: TollFreeCallerIdInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove caller ID name storage.' }) removeCallerId?: boolean | null;
  @Field(() => TollFreeMessagingInput, { nullable: true, description: 'Messaging to add or change.' })
  messaging?: TollFreeMessagingInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove messaging.' }) removeMessaging?: boolean | null;
  @Field(() => TollFreeE911Input, { nullable: true, description: 'E911 address to add or change.' }) e911?: TollFreeE911Input | null;
  @Field(() => Boolean, { nullable: true, description: 'Remove the E911 address.' }) removeE911?: boolean | null;
}

@InputType({ description: 'Feature changes for toll-free numbers.' })
export class UpdateTollFreeNumberFeaturesInput {
  @Field(() => [TollFreeFeatureChangeInput], { description: 'The numbers and their changes, at most 100.' })
  numbers!: TollFreeFeatureChangeInput[];
  @Field(() => String, { nullable: true, description: REFERENCE }) customerOrderReference?: string | null;
}

@InputType({ description: 'In Service toll-free numbers to disconnect.' })
export class DisconnectTollFreeNumbersInput {
  @Field(() => [TnScalar], { description: 'The numbers, at most 100.' }) numbers!: string[];
  @Field(() => String, { nullable: true, description: REFERENCE }) customerOrderReference?: string | null;
}
