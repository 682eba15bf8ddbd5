/** Messaging campaigns and the messaging settings of a number. */
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { globalId, Node } from '../common/node.js';
import { DateTimeScalar } from '../common/scalars.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';

@ObjectType({
  description: 'A messaging campaign registered for the account: numbers send application messages under it.',
  implements: Node,
})
export class MessagingCampaign implements Node {
  @Field(() => ID, { description: 'Stable global id of this campaign.' })
  get id(): string {
    return globalId('MessagingCampaign', this.campaignId);
  }
  @Field(() => String, { description: 'The campaign id as the carrier issued it, e.g. "CXFXN8B".' }) campaignId!: string;
  @Field(() => String, { nullable: true, description: 'What the campaign is for.' }) description?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the campaign starts.' }) startsAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the campaign ends; null when it is open-ended.' }) endsAt?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the campaign is billable; null when the carrier does not say.' })
  billable?: boolean | null;
}

export const MessagingCampaignConnection = ConnectionType('MessagingCampaign', () => MessagingCampaign, 'messaging campaigns');
export type MessagingCampaignConnection = InstanceType<typeof MessagingCampaignConnection>;

@ObjectType({ description: 'Messaging (SMS/MMS) on a number: its class and type, and the campaign it sends under.' })
export class TelephoneNumberMessaging {
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class; null when messaging is not enabled.' })
  messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Messaging type; null when messaging is not enabled.' })
  messageType?: MessageType | null;
  /** The campaign id; the campaign itself is a field resolver. */
  campaignId?: string | null;
}
