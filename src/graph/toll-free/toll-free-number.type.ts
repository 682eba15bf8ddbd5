/** TollFreeNumber and the objects it carries. */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { globalId, Node } from '../common/node.js';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';
import { TollFreeNumberStatus } from './toll-free.enums.js';

@ObjectType({ description: 'A RespOrg: the organisation that manages a toll-free number in the national registry.' })
export class RespOrg {
  @Field(() => String, { description: 'Five-character RespOrg id, e.g. LQX01.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Its name, when the carrier gives one.' }) name?: string | null;
}

@ObjectType({ description: 'A carrier identification code a toll-free number is loaded on.' })
export class Cic {
  @Field(() => String, { description: 'Four-digit CIC, e.g. 0913.' }) code!: string;
  @Field(() => String, { nullable: true, description: "The carrier's company name for it, when known." }) companyName?: string | null;
}

@ObjectType({ description: 'Caller ID of a toll-free number.' })
export class TollFreeCallerId {
  @Field(() => String, { nullable: true, description: 'Name shown on outbound calls (LIDB storage); null when none.' })
  callingName?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether inbound calls get the caller name looked up (CNAM dip); null when unknown.',
  })
  cnamDip?: boolean | null;
}

@ObjectType({ description: 'Text messaging on a toll-free number.' })
export class TollFreeMessaging {
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class: P2P, A2PLC or A2P8XX.' }) messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'SMS, MMS or both.' }) messageType?: MessageType | null;
  @Field(() => String, { nullable: true, description: 'NetNumber ID (NNID), when one is set.' }) netNumberId?: string | null;
}

@ObjectType({ description: 'The E911 address of a toll-free number.' })
export class TollFreeE911Address {
  @Field(() => String, { nullable: true, description: 'First and last name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Street number, e.g. 550.' }) streetNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Street, e.g. W Adams St.' }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'Location within the address, e.g. Suite 900.' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state?: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP code.' }) postalCode?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the address was activated.' }) activatedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Who activated it.' }) activatedBy?: string | null;
}

@ObjectType({ description: 'Features of a toll-free number; a feature the number does not have is null.' })
export class TollFreeFeatures {
  @Field(() => TollFreeCallerId, { nullable: true, description: 'Caller ID name storage and CNAM dip.' })
  callerId?: TollFreeCallerId | null;
  @Field(() => TollFreeMessaging, { nullable: true, description: 'Text messaging.' }) messaging?: TollFreeMessaging | null;
  @Field(() => TollFreeE911Address, { nullable: true, description: 'E911 address.' }) e911?: TollFreeE911Address | null;
}

@ObjectType({ description: 'A toll-free number (800, 833, 844, 855, 866, 877, 888) assigned to the account.', implements: Node })
@Directive('@key(fields: "tn")')
export class TollFreeNumber implements Node {
  @Field(() => ID, { description: 'Stable global id of this number (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('TollFreeNumber', this.tn);
  }
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => TollFreeNumberStatus, { nullable: true, description: 'Status; see statusLabel for the carrier text.' })
  status?: TollFreeNumberStatus | null;
  @Field(() => String, { nullable: true, description: "The carrier's own status text, e.g. In Service." }) statusLabel?: string | null;
  /** The routing label's key, resolved to `routingLabel` by the routing-labels domain. */
  routingLabelName?: string | null;
  @Field(() => RespOrg, { nullable: true, description: 'The RespOrg managing the number.' }) respOrg?: RespOrg | null;
  @Field(() => [Cic], { description: 'CICs the number is loaded on.' }) cics!: Cic[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the number was activated on its current routing.' }) activatedAt?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Who activated it.' }) activatedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Your note on the number.' }) note?: string | null;
  @Field(() => TollFreeFeatures, { description: 'Caller ID, messaging and E911.' }) features!: TollFreeFeatures;
}

@ObjectType({ description: 'A toll-free number in the carrier inventory, free to order.' })
export class AvailableTollFreeNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => RespOrg, { nullable: true, description: 'Its RespOrg.' }) respOrg?: RespOrg | null;
  @Field(() => [Cic], { description: 'CICs it is loaded on.' }) cics!: Cic[];
}

@ObjectType({ description: 'The result of an inventory search.' })
export class AvailableTollFreeNumbers {
  @Field(() => [AvailableTollFreeNumber], { description: 'The numbers found, at most the quantity asked for.' })
  numbers!: AvailableTollFreeNumber[];
  @Field(() => Int, { description: 'How many were found.' }) count!: number;
}

export const TollFreeNumberConnection = ConnectionType('TollFreeNumber', () => TollFreeNumber, 'toll-free numbers');
export type TollFreeNumberConnection = InstanceType<typeof TollFreeNumberConnection>;
