/** Types of the account-wide feature lists: numbers with caller name storage, a directory listing, E911 or messaging. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { TnScalar } from '../common/scalars.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';

@ObjectType({ description: 'A number whose caller name is stored for display on its outbound calls, as the account-wide list reports it.' })
export class CallerIdStorageNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => String, { nullable: true, description: 'The stored caller name (up to 15 characters); null when the carrier did not say.' })
  callingName!: string | null;
}

@ObjectType({ description: 'A number with a directory listing, and the listing, as the account-wide list reports it.' })
export class DirectoryListingNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => String, { nullable: true, description: 'Listed first name.' }) firstName!: string | null;
  @Field(() => String, { nullable: true, description: 'Listed last name or business name.' }) lastName!: string | null;
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "123".' }) streetNum!: string | null;
  @Field(() => String, { nullable: true, description: 'Street pre-direction, e.g. W.' }) streetPreDir!: string | null;
  @Field(() => String, { nullable: true, description: 'Street name.' }) streetName!: string | null;
  @Field(() => String, { nullable: true, description: 'Street type, e.g. St.' }) streetType!: string | null;
  @Field(() => String, { nullable: true, description: 'Street post-direction, e.g. E.' }) streetPostDir!: string | null;
  @Field(() => String, { nullable: true, description: 'Suite, floor or unit, e.g. "ste 1".' }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' }) postalCode!: string | null;
}

@ObjectType({ description: 'A street address as an E911 list reports it; fields the carrier leaves out or sends blank are null.' })
export class E911ListedAddress {
  @Field(() => String, { nullable: true, description: 'Street number, e.g. "550".' }) streetNum!: string | null;
  @Field(() => String, { nullable: true, description: 'Street name with direction and type, e.g. "W Adams St".' }) street!: string | null;
  @Field(() => String, { nullable: true, description: 'Suite, floor or unit, e.g. "ste 900".' }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter state.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'ZIP code.' }) postalCode!: string | null;
}

@ObjectType({ description: 'A number with E911 service and its address, as the account-wide list reports it.' })
export class E911Number {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => String, { nullable: true, description: 'Name shown to emergency services.' }) name!: string | null;
  @Field(() => E911ListedAddress, { description: 'The address as provisioned.' }) address!: E911ListedAddress;
  @Field(() => E911ListedAddress, {
    nullable: true,
    description: "The carrier's enhanced (validated) form of the address; null when the carrier gives none.",
  })
  enhancedAddress!: E911ListedAddress | null;
}

@ObjectType({ description: 'A number with messaging, and its class and type, as the account-wide list reports it.' })
export class MessagingNumber {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => MessageClass, {
    nullable: true,
    description: 'Messaging class; null when the carrier sends one not listed here (see messageClassLabel).',
  })
  messageClass!: MessageClass | null;
  @Field(() => String, { nullable: true, description: "The carrier's own messaging class text, e.g. P2P." }) messageClassLabel!:
    string | null;
  @Field(() => MessageType, {
    nullable: true,
    description: 'Messaging type; null when the carrier sends one not listed here (see messageTypeLabel).',
  })
  messageType!: MessageType | null;
  @Field(() => String, { nullable: true, description: "The carrier's own messaging type text, e.g. SMS." }) messageTypeLabel!:
    string | null;
}

export const CallerIdStorageNumberConnection = ConnectionType(
  'CallerIdStorageNumber',
  () => CallerIdStorageNumber,
  'numbers with a stored caller name',
);
export type CallerIdStorageNumberConnection = InstanceType<typeof CallerIdStorageNumberConnection>;
export const DirectoryListingNumberConnection = ConnectionType(
  'DirectoryListingNumber',
  () => DirectoryListingNumber,
  'numbers with a directory listing',
);
export type DirectoryListingNumberConnection = InstanceType<typeof DirectoryListingNumberConnection>;
export const E911NumberConnection = ConnectionType('E911Number', () => E911Number, 'numbers with E911');
export type E911NumberConnection = InstanceType<typeof E911NumberConnection>;
export const MessagingNumberConnection = ConnectionType('MessagingNumber', () => MessagingNumber, 'numbers with messaging');
export type MessagingNumberConnection = InstanceType<typeof MessagingNumberConnection>;
