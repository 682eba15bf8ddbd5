/** e911NotificationEmails (the account's list), addE911NotificationEmails and removeE911NotificationEmails. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { Issues } from '../common/validation.js';
import { AddE911NotificationEmailsPayload, E911NotificationEmailsInput, RemoveE911NotificationEmailsPayload } from './e911.inputs.js';
import { refusal } from './e911.refusals.js';
import { checkEmails } from './e911.validation.js';

type EmailsPayload = AddE911NotificationEmailsPayload | RemoveE911NotificationEmailsPayload;

async function change<P extends EmailsPayload>(
  payload: P,
  input: E911NotificationEmailsInput,
  remove: boolean,
  ctx: GatewayContext,
): Promise<P> {
  const issues = new Issues();
  checkEmails(issues, ['input', 'emails'], input.emails);
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return payload;
  }
  payload.tn = input.tn ?? null;
  try {
    const emails = input.emails.map((e) => e.trim());
    payload.emails = input.tn
      ? await ctx.api.e911.tnE911Notification({ tn: input.tn, emails, remove })
      : await ctx.api.e911.customerE911Notification({ emails, remove });
  } catch (error) {
    payload.userErrors.push(refusal(error));
  }
  if (input.tn) ctx.loaders.e911.notificationEmails.clear(input.tn);
  return payload;
}

@Resolver()
export class E911NotificationsResolver {
  @Query(() => [String], {
    nullable: true,
    description: describe(
      "E-mail addresses the carrier alerts about numbers without E911 service (account-wide). A number's own list is `TelephoneNumber.e911.notificationEmails`.",
      '/customerE911NotificationList',
    ),
  })
  e911NotificationEmails(@Ctx() ctx: GatewayContext): Promise<string[]> {
    return ctx.api.e911.customerE911NotificationList();
  }

  @Mutation(() => AddE911NotificationEmailsPayload, {
    nullable: true,
    description: describe(
      "Add e-mail addresses to a number's E911 notification list (or, without `tn`, to the account's); addresses already listed stay. A list holds at most 10.",
      '/tnE911Notification',
      '/customerE911Notification',
    ),
  })
  addE911NotificationEmails(
    @Arg('input', () => E911NotificationEmailsInput, { description: 'The number (or none) and the addresses to add.' })
    input: E911NotificationEmailsInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddE911NotificationEmailsPayload> {
    return change(new AddE911NotificationEmailsPayload(), input, false, ctx);
  }

  @Mutation(() => RemoveE911NotificationEmailsPayload, {
    nullable: true,
    description: describe(
      "Remove e-mail addresses from a number's E911 notification list (or, without `tn`, from the account's).",
      '/tnE911Notification',
      '/customerE911Notification',
    ),
  })
  removeE911NotificationEmails(
    @Arg('input', () => E911NotificationEmailsInput, { description: 'The number (or none) and the addresses to remove.' })
    input: E911NotificationEmailsInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RemoveE911NotificationEmailsPayload> {
    return change(new RemoveE911NotificationEmailsPayload(), input, true, ctx);
  }
}
