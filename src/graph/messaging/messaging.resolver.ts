/** TelephoneNumber.messaging, its campaign, and updateMessaging (messaging on one number). */
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { MessagingChange } from '../../upstream/messaging/campaigns.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { NET_NUMBER_ID_MAX } from './campaign-id.js';
import { toMessagingCampaign, unlistedCampaign } from './campaign.mapper.js';
import { MessagingCampaign, TelephoneNumberMessaging } from './messaging.types.js';

const ALL = 'all';

@InputType({
  description: 'Messaging on one number: messageClass and messageType to enable or change it, or remove: true (exactly one of the two).',
})
export class UpdateMessagingInput {
  @Field(() => TnScalar, { description: 'A number of the account, In Service.' }) tn!: string;
  @Field(() => MessageClass, { nullable: true, description: 'Messaging class (with messageType).' }) messageClass?: MessageClass | null;
  @Field(() => MessageType, { nullable: true, description: 'Messaging type (with messageClass).' }) messageType?: MessageType | null;
  @Field(() => String, {
    nullable: true,
    description: `NetNumber ID (NNID) configured on your account, at most ${NET_NUMBER_ID_MAX} characters; the account default applies when omitted.`,
  })
  netNumberId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: remove messaging from the number.' }) remove?: boolean | null;
}

@ObjectType({ description: 'Result of updateMessaging.' })
export class UpdateMessagingPayload extends MutationPayload {
  @Field(() => [UserError], {
    description: 'Input problems (nothing was sent), or the carrier refusing messaging on this number (REJECTED, with its message).',
  })
  override userErrors: UserError[] = [];
  loadNumber?: Lazy<TelephoneNumber | null>;
  @Field(() => TelephoneNumber, {
    nullable: true,
    description: describe('The number as the carrier reports it after the change; null when nothing was changed.', '/tnDetail'),
  })
  get telephoneNumber(): Promise<TelephoneNumber | null> {
    return this.loadNumber ? this.loadNumber() : Promise.resolve(null);
  }
}

function toChange(input: UpdateMessagingInput, issues: Issues): MessagingChange | undefined {
  const setting = input.messageClass != null || input.messageType != null || input.netNumberId != null;
  if (input.remove === true) {
    if (setting) issues.add(['input', 'remove'], UserErrorCode.CONFLICT, 'Give messageClass and messageType, or remove: true (not both).');
    return { tn: input.tn, remove: true };
  }
  issues.required(['input', 'messageClass'], input.messageClass, 'messageClass');
  issues.required(['input', 'messageType'], input.messageType, 'messageType');
  issues.maxLength(['input', 'netNumberId'], input.netNumberId, NET_NUMBER_ID_MAX, { nonBlank: true });
  if (!input.messageClass || !input.messageType) return undefined;
  return { tn: input.tn, messageClass: input.messageClass, messageType: input.messageType, netNumberId: input.netNumberId ?? undefined };
}

@Resolver()
export class MessagingMutationResolver {
  @Mutation(() => UpdateMessagingPayload, {
    nullable: true,
    description: describe('Enable, change or remove messaging (SMS/MMS) on one number; it applies at once.', '/tnMessaging'),
  })
  async updateMessaging(
    @Arg('input', () => UpdateMessagingInput, { description: 'The number and its messaging.' }) input: UpdateMessagingInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateMessagingPayload> {
    const payload = new UpdateMessagingPayload();
    const issues = new Issues();
    const change = toChange(input, issues);
    if (!issues.ok || !change) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      await ctx.api.messaging.tnMessaging(change);
    } catch (error) {
      assertCarrierRefusal(error);
      payload.userErrors.push(UserError.of(['input', 'tn'], UserErrorCode.REJECTED, `The carrier refused the change: ${error.message}`));
      return payload;
    }
    await ctx.invalidate('TelephoneNumber', [input.tn]);
    payload.loadNumber = async () => {
      const record = await ctx.loaders.numbers.telephoneNumber.load(input.tn);
      return record ? toTelephoneNumber(record) : null;
    };
    return payload;
  }
}

@Resolver(() => TelephoneNumberMessaging)
export class TelephoneNumberMessagingResolver {
  @FieldResolver(() => MessagingCampaign, {
    nullable: true,
    description: describe(
      'The campaign the number sends under; null when none (the campaign list is read once per request).',
      '/messageCampaigns',
    ),
  })
  async campaign(@Root() messaging: TelephoneNumberMessaging, @Ctx() ctx: GatewayContext): Promise<MessagingCampaign | null> {
    if (!messaging.campaignId) return null;
    const found = (await ctx.loaders.messaging.campaigns.load(ALL)).get(messaging.campaignId);
    return found ? toMessagingCampaign(found) : unlistedCampaign(messaging.campaignId);
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberMessagingFieldResolver {
  @FieldResolver(() => TelephoneNumberMessaging, {
    nullable: true,
    description: describe(
      'Messaging on the number: class, type and campaign; null when the number has neither messaging nor a campaign ' +
        '(the account-wide campaign assignments are read once per request, not per number).',
      '/tnMessagingCampaignList',
    ),
  })
  async messaging(@Root() number: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<TelephoneNumberMessaging | null> {
    const campaignId = (await ctx.loaders.messaging.assignments.load(ALL)).get(number.tn) ?? null;
    const feature = number.features?.messaging ?? null;
    if (!feature && !campaignId) return null;
    return Object.assign(new TelephoneNumberMessaging(), {
      messageClass: feature?.messageClass ?? null,
      messageType: feature?.messageType ?? null,
      campaignId,
    });
  }
}
