/** Each feature list entry's link to its number's full record, batched with every other number of the request. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { CallerIdStorageNumber, DirectoryListingNumber, E911Number, MessagingNumber } from './feature-lists.type.js';

const LINK = {
  nullable: true,
  description: 'The number with its full record (batched with every other number in the request).\n\nCarrier: /tnDetail.',
} as const;

async function load(ctx: GatewayContext, tn: string): Promise<TelephoneNumber | null> {
  const record = await ctx.loaders.numbers.telephoneNumber.load(tn);
  return record ? toTelephoneNumber(record) : null;
}

@Resolver(() => CallerIdStorageNumber)
export class CallerIdStorageNumberLink {
  @FieldResolver(() => TelephoneNumber, LINK)
  telephoneNumber(@Root() entry: CallerIdStorageNumber, @Ctx() ctx: GatewayContext) {
    return load(ctx, entry.tn);
  }
}

@Resolver(() => DirectoryListingNumber)
export class DirectoryListingNumberLink {
  @FieldResolver(() => TelephoneNumber, LINK)
  telephoneNumber(@Root() entry: DirectoryListingNumber, @Ctx() ctx: GatewayContext) {
    return load(ctx, entry.tn);
  }
}

@Resolver(() => E911Number)
export class E911NumberLink {
  @FieldResolver(() => TelephoneNumber, LINK)
  telephoneNumber(@Root() entry: E911Number, @Ctx() ctx: GatewayContext) {
    return load(ctx, entry.tn);
  }
}

@Resolver(() => MessagingNumber)
export class MessagingNumberLink {
  @FieldResolver(() => TelephoneNumber, LINK)
  telephoneNumber(@Root() entry: MessagingNumber, @Ctx() ctx: GatewayContext) {
    return load(ctx, entry.tn);
  }
}
