/** Routing labels, their routes and numbers, and the routing-label side of TollFreeNumber and TrunkGroup. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RoutingLabelSummary } from '../../upstream/routing-labels/routing-label-search-assigned.js';
import type { PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { atMost, checkLimit } from '../common/limits.js';
import { PageArgsOf } from '../common/page-args.js';
import { Issues } from '../common/validation.js';
import { TollFreeNumberFilter } from '../toll-free/toll-free.input.js';
import { ROUTING_LABEL } from '../toll-free/toll-free.limits.js';
import { searchTollFreeNumbers } from '../toll-free/toll-free-number.resolver.js';
import { TollFreeNumber, TollFreeNumberConnection } from '../toll-free/toll-free-number.type.js';
import { TrunkGroup } from '../trunk-groups/trunk-group.type.js';
import { ALL_LABELS, findLabel } from './routing-labels.loaders.js';
import { RoutingLabel, RoutingLabelRoute } from './routing-label.type.js';

export const toRoutingLabel = (s: RoutingLabelSummary): RoutingLabel =>
  RoutingLabel.named(s.routingLabel, s.customerAssignedName, s.routePrioritizationType);

@Resolver(() => RoutingLabel)
export class RoutingLabelResolver {
  @Query(() => RoutingLabel, {
    nullable: true,
    description:
      'A routing label of the account, by its carrier label or your name for it; null when the account has none such.\n\nCarrier: /routingLabelSearchAssigned.',
  })
  async routingLabel(
    @Arg('name', () => String, { description: atMost('The carrier label (e.g. NTCHI-1050-8XX-950) or your name for it')(ROUTING_LABEL) })
    name: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<RoutingLabel | null> {
    const issues = new Issues();
    checkLimit(issues, ['name'], name, ROUTING_LABEL);
    issues.throwIfAny();
    const found = findLabel(await ctx.loaders.routingLabels.labels.load(ALL_LABELS), name);
    return found ? toRoutingLabel(found) : null;
  }

  @Query(() => [RoutingLabel], {
    nullable: true,
    description: 'Every toll-free routing label of the account.\n\nCarrier: /routingLabelSearchAssigned.',
  })
  async routingLabels(@Ctx() ctx: GatewayContext): Promise<RoutingLabel[]> {
    return (await ctx.loaders.routingLabels.labels.load(ALL_LABELS)).map(toRoutingLabel);
  }

  @FieldResolver(() => [RoutingLabelRoute], {
    description: 'The routes, in order: one call per label per request, however many times it is asked.\n\nCarrier: /routingLabelDetail.',
  })
  async routes(@Root() label: RoutingLabel, @Ctx() ctx: GatewayContext): Promise<RoutingLabelRoute[]> {
    const routes = await ctx.loaders.routingLabels.routes.load(label.name);
    return routes.map((r) =>
      Object.assign(new RoutingLabelRoute(), {
        sequence: r.sequence ?? null,
        proportion: r.proportion ?? null,
        trunkGroup: r.trunkGroupName ? TrunkGroup.named(r.trunkGroupName) : null,
      }),
    );
  }

  @FieldResolver(() => TollFreeNumberConnection, {
    nullable: true,
    description: 'The toll-free numbers on this label, paginated.\n\nCarrier: /tfDetail.',
  })
  async tollFreeNumbers(
    @Root() label: RoutingLabel,
    @Arg('filter', () => TollFreeNumberFilter, { nullable: true, description: 'Further filters; routingLabel is this label.' })
    filter: TollFreeNumberFilter | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TollFreeNumberConnection> {
    return searchTollFreeNumbers(ctx, { filter, first, after, routingLabel: label.name });
  }
}

@Resolver(() => TollFreeNumber)
export class TollFreeNumberRoutingLabelResolver {
  @FieldResolver(() => RoutingLabel, {
    nullable: true,
    description:
      'The routing label the number is on (the account label list is read once per request).\n\nCarrier: /routingLabelSearchAssigned.',
  })
  async routingLabel(@Root() number: TollFreeNumber, @Ctx() ctx: GatewayContext): Promise<RoutingLabel | null> {
    const name = number.routingLabelName;
    if (!name) return null;
    const found = findLabel(await ctx.loaders.routingLabels.labels.load(ALL_LABELS), name);
    return found ? toRoutingLabel(found) : RoutingLabel.named(name);
  }
}

@Resolver(() => TrunkGroup)
export class TrunkGroupRoutingLabelsResolver {
  @FieldResolver(() => [RoutingLabel], {
    description:
      "The toll-free routing labels with a route to this trunk group: the label list once, then each label's routes once per request.\n\nCarrier: /routingLabelSearchAssigned, /routingLabelDetail.",
  })
  async routingLabels(@Root() group: TrunkGroup, @Ctx() ctx: GatewayContext): Promise<RoutingLabel[]> {
    const labels = await ctx.loaders.routingLabels.labels.load(ALL_LABELS);
    const routes = await ctx.loaders.routingLabels.routes.loadMany(labels.map((l) => l.routingLabel));
    const failure = routes.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    return labels
      .filter((_, i) => (routes[i] as { trunkGroupName?: string }[]).some((r) => r.trunkGroupName === group.name))
      .map(toRoutingLabel);
  }
}

/** Federation and `node(id:)`: a routing label is its carrier label; null when the account has none such (one list call per request). */
export async function resolveRoutingLabelReference(ref: { name?: unknown }, ctx: GatewayContext): Promise<RoutingLabel | null> {
  if (typeof ref.name !== 'string' || ref.name === '') return null;
  const found = (await ctx.loaders.routingLabels.labels.load(ALL_LABELS)).find((l) => l.routingLabel === ref.name);
  return found ? toRoutingLabel(found) : null;
}
