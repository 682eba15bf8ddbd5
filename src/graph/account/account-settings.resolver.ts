/**
 * accountSettings and updateAccountSettings. The carrier's update replaces the webhook and the
 * port-out contacts when they are not sent, so the mutation reads the current settings and sends
 * them back with the caller's changes (one read, one write). Secrets pass through, never out.
 */
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AccountContact, AccountDefaults } from '../../upstream/account/account-defaults.js';
import type { AccountDefaultsUpdate } from '../../upstream/account/account-default.js';
import { UpstreamError } from '../../upstream/client.js';
import type { GatewayContext } from '../common/context.js';
import { MutationPayload } from '../common/payload.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { UpdateAccountSettingsInput, type AccountContactInput } from './account-settings.input.js';
import { toAccountSettings } from './account-settings.mapper.js';
import { AccountSettings } from './account-settings.type.js';
import { checkAccountSettingsInput } from './account-settings.validation.js';

@ObjectType({ description: 'Result of updateAccountSettings.' })
export class UpdateAccountSettingsPayload extends MutationPayload {
  @Field(() => [UserError], {
    description: "Input problems (nothing was sent), or the carrier's refusal with its message (REJECTED). Empty on success.",
  })
  override userErrors: UserError[] = [];

  @Field(() => AccountSettings, { nullable: true, description: 'The settings as saved; null when nothing was saved.' })
  accountSettings: AccountSettings | null = null;
}

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

function mergeContact(current: AccountContact, change: AccountContactInput | null | undefined): AccountContact {
  const out = { ...current };
  if (given(change?.firstName)) out.firstName = change.firstName;
  if (given(change?.lastName)) out.lastName = change.lastName;
  if (given(change?.email)) out.email = change.email;
  return out;
}

/** The current settings with the caller's changes; "" removes a text value. */
export function applyChanges(current: AccountDefaults, input: UpdateAccountSettingsInput): AccountDefaultsUpdate {
  const { trunkGroupManagementEnabled: _t, messageDeliveryReceipt: _m, ...next } = current;
  const text = (key: 'desiredPortTime' | 'webhookUrl' | 'webhookHeader' | 'portOutPin', value: string | null | undefined) => {
    if (!given(value)) return;
    if (value === '') delete next[key];
    else next[key] = value;
  };
  next.contact = mergeContact(current.contact, input.contact);
  text('desiredPortTime', input.desiredPortTime);
  if (given(input.desiredPortTimeZone)) next.desiredPortTimeZone = input.desiredPortTimeZone;
  text('webhookUrl', input.webhookUrl);
  text('webhookHeader', input.webhookAuthorization);
  if (input.webhookUrl === '') delete next.webhookHeader;
  if (given(input.webhookPortOutAuthorization)) next.authorizeWebhookPortout = input.webhookPortOutAuthorization;
  // "Required when webhookUrl is present": a URL without the flag says No rather than being refused.
  if (next.webhookUrl !== undefined && next.authorizeWebhookPortout === undefined) next.authorizeWebhookPortout = false;
  if (next.webhookUrl === undefined) delete next.authorizeWebhookPortout;
  text('portOutPin', input.portOutPin);
  if (given(input.callerNameLookup)) next.cnamDip = input.callerNameLookup;
  if (given(input.tollFreeCallerNameLookup)) next.cnamDipTollFree = input.tollFreeCallerNameLookup;
  if (given(input.portOutContacts)) next.portOutContacts = input.portOutContacts.map((c) => mergeContact({}, c));
  return next;
}

@Resolver()
export class AccountSettingsResolver {
  @Query(() => AccountSettings, {
    nullable: true,
    description:
      "The account's default settings. Secrets are write-only: reads say only whether one is set.\n\nCarrier: /accountDefaultDetail.",
  })
  async accountSettings(@Ctx() ctx: GatewayContext): Promise<AccountSettings> {
    return toAccountSettings(await ctx.api.account.accountDefaultDetail());
  }

  @Mutation(() => UpdateAccountSettingsPayload, {
    nullable: true,
    description:
      'Change some of the account defaults; everything not given keeps its value. One read of the current settings, one write.' +
      '\n\nCarrier: /accountDefaultDetail, /accountDefault.',
  })
  async updateAccountSettings(
    @Arg('input', () => UpdateAccountSettingsInput, { description: 'The changes.' }) input: UpdateAccountSettingsInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateAccountSettingsPayload> {
    const payload = new UpdateAccountSettingsPayload();
    const issues = new Issues();
    checkAccountSettingsInput(issues, input);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const current = await ctx.api.account.accountDefaultDetail();
    const next = applyChanges(current, input);
    try {
      await ctx.api.account.accountDefault(next);
    } catch (error) {
      if (error instanceof UpstreamError && error.kind === 'REJECTED') {
        payload.userErrors = [UserError.of(['input'], UserErrorCode.REJECTED, error.message)];
        return payload;
      }
      throw error;
    }
    payload.accountSettings = toAccountSettings({
      ...next,
      ...(current.trunkGroupManagementEnabled !== undefined ? { trunkGroupManagementEnabled: current.trunkGroupManagementEnabled } : {}),
      ...(current.messageDeliveryReceipt !== undefined ? { messageDeliveryReceipt: current.messageDeliveryReceipt } : {}),
    });
    return payload;
  }
}
