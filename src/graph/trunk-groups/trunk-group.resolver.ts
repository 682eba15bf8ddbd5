/** Trunk groups, and the trunk-group side of TelephoneNumber and OrderLine. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { atMost, checkLimit } from '../common/limits.js';
import { PageArgsOf } from '../common/page-args.js';
import { Issues } from '../common/validation.js';
import { TelephoneNumberConnection } from '../numbers/inventory.type.js';
import { TelephoneNumberFilter, TelephoneNumberSort } from '../numbers/numbers.search.input.js';
import { TRUNK_GROUP_NAME } from '../numbers/numbers.limits.js';
import { searchTelephoneNumbers } from '../numbers/telephone-number.resolver.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { OrderLine } from '../orders/order-line.type.js';
import { ALL_TRUNK_GROUPS } from './trunk-groups.loaders.js';
import { TrunkGroup } from './trunk-group.type.js';

@Resolver(() => TrunkGroup)
export class TrunkGroupResolver {
  @Query(() => TrunkGroup, {
    nullable: true,
    description:
      'A trunk group of the account by name; null when the account has none by that name.\n\nCarrier: /trunkGroupSearchAssigned.',
  })
  async trunkGroup(
    @Arg('name', () => String, { description: atMost('Exact trunk group name, e.g. CHCGIL24CL1_897')(TRUNK_GROUP_NAME) }) name: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<TrunkGroup | null> {
    const issues = new Issues();
    checkLimit(issues, ['name'], name, TRUNK_GROUP_NAME);
    issues.throwIfAny();
    const names = await ctx.loaders.trunkGroups.assignedNames.load(ALL_TRUNK_GROUPS);
    return names.includes(name) ? TrunkGroup.named(name) : null;
  }

  @Query(() => [TrunkGroup], { nullable: true, description: 'All DID trunk groups of the account.\n\nCarrier: /trunkGroupSearchAssigned.' })
  async trunkGroups(@Ctx() ctx: GatewayContext): Promise<TrunkGroup[]> {
    const names = await ctx.loaders.trunkGroups.assignedNames.load(ALL_TRUNK_GROUPS);
    return names.map(TrunkGroup.named);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the account lists this trunk group as assigned (for references from other subgraphs).\n\nCarrier: /trunkGroupSearchAssigned.',
  })
  async assigned(@Root() group: TrunkGroup, @Ctx() ctx: GatewayContext): Promise<boolean> {
    const names = await ctx.loaders.trunkGroups.assignedNames.load(ALL_TRUNK_GROUPS);
    return names.includes(group.name);
  }

  @FieldResolver(() => TelephoneNumberConnection, {
    nullable: true,
    description: 'Numbers routed to this trunk group, paginated.\n\nCarrier: /tnDetail.',
  })
  async telephoneNumbers(
    @Root() group: TrunkGroup,
    @Arg('filter', () => TelephoneNumberFilter, { nullable: true, description: 'Further filters; trunkGroupName is this group.' })
    filter: TelephoneNumberFilter | null,
    @Arg('sort', () => TelephoneNumberSort, { nullable: true, description: "Sort order; default: the carrier's." })
    sort: TelephoneNumberSort | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TelephoneNumberConnection> {
    return searchTelephoneNumbers(ctx, { filter, sort, first, after, trunkGroupName: group.name });
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberTrunkGroupResolver {
  @FieldResolver(() => TrunkGroup, { nullable: true, description: 'The trunk group the number routes to (no extra upstream call).' })
  trunkGroup(@Root() tn: TelephoneNumber): TrunkGroup | null {
    return tn.trunkGroupName ? TrunkGroup.named(tn.trunkGroupName) : null;
  }
}

@Resolver(() => OrderLine)
export class OrderLineTrunkGroupResolver {
  @FieldResolver(() => TrunkGroup, { nullable: true, description: 'The trunk group requested for the number.' })
  trunkGroup(@Root() line: OrderLine): TrunkGroup | null {
    return line.trunkGroupName ? TrunkGroup.named(line.trunkGroupName) : null;
  }
}

/** Federation: a trunk group is its name; fields load lazily. */
export function resolveTrunkGroupReference(ref: { name?: unknown }): TrunkGroup | null {
  return typeof ref.name === 'string' && ref.name !== '' ? TrunkGroup.named(ref.name) : null;
}
