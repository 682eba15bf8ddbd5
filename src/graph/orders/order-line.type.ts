/**
 * What every line of an order has, whatever the product. The line types of each product
 * (order-lines.ts) implement it and add their own fields.
 */
import { Field, InterfaceType, ObjectType } from 'type-graphql';
import type { OrderLine as OrderLineModel } from '../../upstream/orders/order-detail.js';
import { ConnectionType } from '../common/connection.js';
import { TnScalar } from '../common/scalars.js';
import { EndUser, RateCenter, TelephoneNumberFeatures } from '../numbers/telephone-number.type.js';
import { OrderLineStatus } from './orders.enums.js';

@ObjectType({ description: 'Provisioning flag and status of one feature of a number on an order.' })
export class OrderLineFeatureStatus {
  @Field(() => Boolean, { description: 'Whether the order provisions this feature on the number (carrier cnamEnabled, dlEnabled …: Y/N).' })
  enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Carrier status label, e.g. "Pending", "Complete" or "Failed".' }) status?:
    string | null;
}

@ObjectType({ description: 'Feature provisioning on an order line, per feature (the names of TelephoneNumberFeatures).' })
export class OrderLineFeatureStatuses {
  @Field(() => OrderLineFeatureStatus, {
    nullable: true,
    description: 'Caller ID (CNAM) calling name (carrier cnamEnabled/cnamStatus); null when the carrier reports neither.',
  })
  callerId?: OrderLineFeatureStatus | null;

  @Field(() => OrderLineFeatureStatus, {
    nullable: true,
    description: 'Directory listing (carrier dlEnabled/dlStatus); null when the carrier reports neither.',
  })
  directoryListing?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, {
    nullable: true,
    description: 'E911 address (carrier e911Enabled/e911Status); null when the carrier reports neither.',
  })
  e911?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, {
    nullable: true,
    description: 'Messaging (carrier msgEnabled/msgStatus); null when the carrier reports neither.',
  })
  messaging?: OrderLineFeatureStatus | null;
}

@InterfaceType({
  description:
    'One number on an order, as /orderDetail lists it (carrier tnItem). Each product has its own line type ' +
    '(NumberOrderLine, TrunkGroupChangeOrderLine, FeatureChangeOrderLine, DisconnectOrderLine, PortInOrderLine, ' +
    'PortOutOrderLine, TollFreeOrderLine): ask `__typename`, and `... on PortInOrderLine { … }` for its own fields.',
})
export class OrderLine {
  /** The carrier's line as read (not a GraphQL field): product-specific fields are read from it. */
  model!: OrderLineModel;

  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;

  @Field(() => String, { nullable: true, description: 'Trunk group requested for the number (carrier trunkGroup).' })
  trunkGroupName?: string | null;

  @Field(() => OrderLineStatus, {
    nullable: true,
    description: "Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel).",
  })
  status?: OrderLineStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'The carrier\'s own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete".',
  })
  statusLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'The same as `statusLabel`.', deprecationReason: 'Use `statusLabel`.' })
  get statusName(): string | null | undefined {
    return this.statusLabel;
  }

  @Field(() => EndUser, { nullable: true, description: 'End user sent with the number on this order; null when none.' })
  endUser?: EndUser | null;
  @Field(() => TelephoneNumberFeatures, {
    description: 'Features requested for the number on this order; a feature the order does not set is null.',
  })
  features!: TelephoneNumberFeatures;
  @Field(() => RateCenter, {
    nullable: true,
    description: 'Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported.',
  })
  rateCenter?: RateCenter | null;
  @Field(() => OrderLineFeatureStatuses, {
    description:
      'Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …).',
  })
  featureStatus!: OrderLineFeatureStatuses;

  @Field(() => String, {
    nullable: true,
    description: 'Port-in TN group label (carrier tnGroup).',
    deprecationReason: 'Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.',
  })
  get tnGroup(): string | null {
    return this.model.tnGroup ?? null;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Toll-free routing label (carrier routingLabel).',
    deprecationReason: 'Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.',
  })
  get routingLabel(): string | null {
    return this.model.routingLabel ?? null;
  }
}

export const OrderLineConnection = ConnectionType('OrderLine', () => OrderLine, 'order lines');
export type OrderLineConnection = InstanceType<typeof OrderLineConnection>;
