/** assignMessagingCampaign and removeMessagingCampaign: one carrier call for all the numbers. */
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { CampaignChange } from '../../upstream/messaging/campaigns.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { CAMPAIGN_ID, CAMPAIGN_ID_RULE, MAX_CAMPAIGN_NUMBERS } from './campaign-id.js';
import { toMessagingCampaign, unlistedCampaign } from './campaign.mapper.js';
import { MessagingCampaign } from './messaging.types.js';

@InputType({ description: 'A campaign and the numbers to send under it.' })
export class AssignMessagingCampaignInput {
  @Field(() => String, { description: `The campaign, e.g. "CXFXN8B": ${CAMPAIGN_ID_RULE}.` }) campaignId!: string;
  @Field(() => [TnScalar], { description: `Numbers of the account, In Service; at most ${MAX_CAMPAIGN_NUMBERS}.` }) numbers!: string[];
  @Field(() => String, { nullable: true, description: 'Your own reference for the change (letters and digits, at most 50).' })
  customerOrderReference?: string | null;
}

@InputType({ description: 'Numbers to take out of their campaign.' })
export class RemoveMessagingCampaignInput {
  @Field(() => [TnScalar], { description: `Numbers of the account, In Service; at most ${MAX_CAMPAIGN_NUMBERS}.` }) numbers!: string[];
  @Field(() => String, { nullable: true, description: 'Your own reference for the change (letters and digits, at most 50).' })
  customerOrderReference?: string | null;
}

@ObjectType()
abstract class CampaignChangePayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent), or the carrier refusing the request: a number not In Service (WRONG_STATUS), ' +
      'a number or campaign it does not know (INVALID), anything else (REJECTED). The carrier refuses all numbers together.',
  })
  override userErrors: UserError[] = [];
  @Field(() => String, { nullable: true, description: 'The carrier order that records the change; null when nothing was changed.' })
  orderId: string | null = null;
}

@ObjectType({ description: 'Result of assignMessagingCampaign.' })
export class AssignMessagingCampaignPayload extends CampaignChangePayload {
  loadCampaign?: Lazy<MessagingCampaign | null>;
  @Field(() => MessagingCampaign, {
    nullable: true,
    description: describe(
      'The campaign, with its numbers as they are after the change; null when nothing was changed.',
      '/messageCampaigns',
    ),
  })
  get campaign(): Promise<MessagingCampaign | null> {
    return this.loadCampaign ? this.loadCampaign() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of removeMessagingCampaign.' })
export class RemoveMessagingCampaignPayload extends CampaignChangePayload {}

function checkNumbers(issues: Issues, numbers: readonly string[]): void {
  if (!issues.nonEmpty(['input', 'numbers'], numbers, 'number')) return;
  if (numbers.length > MAX_CAMPAIGN_NUMBERS) {
    issues.add(
      ['input', 'numbers'],
      UserErrorCode.TOO_LONG,
      `At most ${MAX_CAMPAIGN_NUMBERS} numbers per request (got ${numbers.length}).`,
    );
  }
  issues.noDuplicates(
    numbers,
    (tn) => tn,
    (i) => ['input', 'numbers', i],
    'Number',
  );
}

/** The carrier's refusal as one userError: it names neither an index nor which number (432 "TN Excluded"). */
function refusal(error: unknown, numbersPath: Path, campaignPath: Path | null): UserError {
  assertCarrierRefusal(error);
  const message = `The carrier refused the change: ${error.message}`;
  if (error.statusCode === '432') return UserError.of(numbersPath, UserErrorCode.WRONG_STATUS, message);
  if (error.statusCode === '409') return UserError.of(numbersPath, UserErrorCode.INVALID, message);
  if (campaignPath && /campaign/i.test(error.message)) return UserError.of(campaignPath, UserErrorCode.INVALID, message);
  return UserError.of(numbersPath, UserErrorCode.REJECTED, message);
}

async function submit(ctx: GatewayContext, change: CampaignChange, payload: CampaignChangePayload, campaignPath: Path | null) {
  try {
    payload.orderId = (await ctx.api.messaging.tnMessagingCampaign(change)).orderId;
  } catch (error) {
    payload.userErrors.push(refusal(error, ['input', 'numbers'], campaignPath));
    return false;
  }
  await ctx.invalidate('TelephoneNumber', change.tns);
  return true;
}

const ALL = 'all';

@Resolver()
export class CampaignMutationResolver {
  @Mutation(() => AssignMessagingCampaignPayload, {
    nullable: true,
    description: describe(
      'Send messages from these numbers under a campaign (replacing the campaign they had). One carrier call for all the numbers; it applies at once.',
      '/tnMessagingCampaign',
    ),
  })
  async assignMessagingCampaign(
    @Arg('input', () => AssignMessagingCampaignInput, { description: 'The campaign and the numbers.' }) input: AssignMessagingCampaignInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AssignMessagingCampaignPayload> {
    const payload = new AssignMessagingCampaignPayload();
    const issues = new Issues();
    if (issues.required(['input', 'campaignId'], input.campaignId, 'campaignId')) {
      issues.pattern(
        ['input', 'campaignId'],
        input.campaignId,
        CAMPAIGN_ID,
        `${CAMPAIGN_ID_RULE} (got "${input.campaignId.slice(0, 20)}").`,
      );
    }
    checkNumbers(issues, input.numbers);
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const change: CampaignChange = {
      action: 'assign',
      campaignId: input.campaignId,
      tns: input.numbers,
      customerOrderReference: input.customerOrderReference ?? undefined,
    };
    if (await submit(ctx, change, payload, ['input', 'campaignId'])) {
      payload.loadCampaign = async () => {
        const found = (await ctx.loaders.messaging.campaigns.load(ALL)).get(input.campaignId);
        return found ? toMessagingCampaign(found) : unlistedCampaign(input.campaignId);
      };
    }
    return payload;
  }

  @Mutation(() => RemoveMessagingCampaignPayload, {
    nullable: true,
    description: describe(
      'Stop these numbers sending under their campaign. One carrier call for all the numbers; it applies at once.',
      '/tnMessagingCampaign',
    ),
  })
  async removeMessagingCampaign(
    @Arg('input', () => RemoveMessagingCampaignInput, { description: 'The numbers.' }) input: RemoveMessagingCampaignInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RemoveMessagingCampaignPayload> {
    const payload = new RemoveMessagingCampaignPayload();
    const issues = new Issues();
    checkNumbers(issues, input.numbers);
    issues.customerOrderReference(['input', 'customerOrderReference'], input.customerOrderReference);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    await submit(
      ctx,
      { action: 'remove', tns: input.numbers, customerOrderReference: input.customerOrderReference ?? undefined },
      payload,
      null,
    );
    return payload;
  }
}
