/** An order line of a toll-free number links to the number, with its routing label and RespOrg. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { OrderLine } from '../orders/order-line.type.js';
import { TOLL_FREE_TN } from './toll-free.limits.js';
import { toTollFreeNumber } from './toll-free.mapper.js';
import { TollFreeNumber } from './toll-free-number.type.js';

@Resolver(() => OrderLine)
export class OrderLineTollFreeNumberResolver {
  @FieldResolver(() => TollFreeNumber, {
    nullable: true,
    description:
      "The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.\n\nCarrier: /tfDetail.",
  })
  async tollFreeNumber(@Root() line: OrderLine, @Ctx() ctx: GatewayContext): Promise<TollFreeNumber | null> {
    if (!TOLL_FREE_TN.test(line.tn)) return null;
    const record = await ctx.loaders.tollFree.tollFreeNumber.load(line.tn);
    return record ? toTollFreeNumber(record) : null;
  }
}
