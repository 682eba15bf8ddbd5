/** RoutingLabel: how the carrier routes a toll-free number to the account's trunk groups. */
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { globalId, Node } from '../common/node.js';
import { TrunkGroup } from '../trunk-groups/trunk-group.type.js';

export enum RoutePrioritization {
  SEQUENCE = 'SEQUENCE',
  PERCENTAGE = 'PERCENTAGE',
  OTHER = 'OTHER',
}

registerEnumType(RoutePrioritization, {
  name: 'RoutePrioritization',
  description: 'How a routing label picks among its routes.',
  valuesConfig: {
    SEQUENCE: { description: 'In route order: the next route takes calls the previous one cannot.' },
    PERCENTAGE: { description: 'Split by each route’s proportion.' },
    OTHER: { description: 'A kind this API does not know yet; see prioritizationLabel.' },
  },
});

@ObjectType({ description: 'A route of a routing label.' })
export class RoutingLabelRoute {
  @Field(() => Int, { nullable: true, description: 'Position in the route order, from 0.' }) sequence?: number | null;
  @Field(() => Int, { nullable: true, description: 'Share of calls in percent (PERCENTAGE labels; 0 otherwise).' }) proportion?:
    number | null;
  @Field(() => TrunkGroup, { nullable: true, description: 'The trunk group the route sends calls to.' }) trunkGroup?: TrunkGroup | null;
}

@ObjectType({
  description: 'A toll-free routing label of the account: the routes its toll-free numbers take to your trunk groups.',
  implements: Node,
})
@Directive('@key(fields: "name")')
export class RoutingLabel implements Node {
  @Field(() => ID, { description: 'Stable global id of this label (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('RoutingLabel', this.name);
  }
  @Field(() => String, {
    description: "The carrier's label, e.g. NTCHI-1050-8XX-950; numbers are ordered and moved onto it by this or by your name.",
  })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Your name for the label (set by renameRoutingLabel); null when none.' })
  customerAssignedName?: string | null;
  @Field(() => RoutePrioritization, { nullable: true, description: 'How the label picks among its routes.' })
  prioritization?: RoutePrioritization | null;
  @Field(() => String, { nullable: true, description: "The carrier's own text for it, e.g. Sequence." }) prioritizationLabel?:
    string | null;

  static named(name: string, customerAssignedName?: string | null, prioritizationLabel?: string | null): RoutingLabel {
    const label = new RoutingLabel();
    label.name = name;
    label.customerAssignedName = customerAssignedName ?? null;
    label.prioritizationLabel = prioritizationLabel ?? null;
    const kind = prioritizationLabel?.toUpperCase();
    label.prioritization = !kind
      ? null
      : kind === 'SEQUENCE' || kind === 'PERCENTAGE'
        ? (kind as RoutePrioritization)
        : RoutePrioritization.OTHER;
    return label;
  }
}
