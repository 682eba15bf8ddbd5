/**
 * TelephoneNumber.e911: the address comes with the number's record (no extra call); the
 * notification e-mails cost one /tnE911NotificationList per number (the carrier has no list form),
 * read only when selected, de-duplicated and concurrency-capped by the request's loader.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { toNumberE911 } from './e911.mapper.js';
import { TelephoneNumberE911 } from './e911.types.js';

@Resolver(() => TelephoneNumber)
export class TelephoneNumberE911FieldResolver {
  @FieldResolver(() => TelephoneNumberE911, {
    description: 'E911 service of the number: whether an address is provisioned, the address, and who is notified of emergency calls.',
  })
  e911(@Root() number: TelephoneNumber): TelephoneNumberE911 {
    return toNumberE911(number.tn, number.features.e911 ?? null);
  }
}

@Resolver(() => TelephoneNumberE911)
export class TelephoneNumberE911Resolver {
  @FieldResolver(() => [String], {
    description: describe(
      'E-mail addresses notified when the number calls emergency services; empty when none. One carrier call per number (no list form exists).',
      '/tnE911NotificationList',
    ),
  })
  notificationEmails(@Root() e911: TelephoneNumberE911, @Ctx() ctx: GatewayContext): Promise<string[]> {
    return ctx.loaders.e911.notificationEmails.load(e911.tn);
  }
}
