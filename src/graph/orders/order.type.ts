/** Output types of the orders domain. Relations are field resolvers in order.resolver.ts. */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderDetail } from '../../upstream/model.js';
import { ConnectionType } from '../common/connection.js';
import { TnScalar } from '../common/scalars.js';
import { EndUser, RateCenter, TelephoneNumberFeatures } from '../numbers/telephone-number.type.js';
import { OrderProduct, OrderStatus, ServiceOrderType } from './orders.enums.js';

@ObjectType({ description: 'An order with the carrier: number orders, changes, disconnects, port-ins and more.' })
@Directive('@key(fields: "id")')
export class Order {
  @Field(() => ID, { description: 'Carrier order id.' })
  id!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => OrderProduct, { nullable: true, description: 'Product, when the carrier label is a known one (see productName).' })
  product?: OrderProduct | null;

  @Field(() => String, { nullable: true, description: "The carrier's product label, e.g. \"Telephone Number\"." })
  productName?: string | null;

  @Field(() => ServiceOrderType, { nullable: true, description: 'Kind of order (see serviceOrderName).' })
  type?: ServiceOrderType | null;

  @Field(() => String, { nullable: true, description: "The carrier's order-type label, e.g. \"New\"." })
  serviceOrderName?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own reference given when the order was placed.' })
  customerOrderReference?: string | null;

  @Field(() => String, { nullable: true }) desiredDueDate?: string | null;
  @Field(() => String, { nullable: true }) desiredPortTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of telephone numbers on the order.' })
  numberCount?: number | null;

  @Field(() => String, { nullable: true, description: 'When the order was submitted, as the carrier reports it.' })
  createdAt?: string | null;

  @Field(() => String, { nullable: true }) createdBy?: string | null;
  @Field(() => String, { nullable: true }) lastModified?: string | null;

  /** Detail already read for this object (not a GraphQL field): saves a /orderDetail call. */
  detail?: OrderDetail;
}

@ObjectType({ description: 'Provisioning flag and status of one feature of a number on an order.' })
export class OrderLineFeatureStatus {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Carrier status label, e.g. "Complete" or "Failed".' }) status?: string | null;
}

@ObjectType({ description: 'Feature provisioning on an order line.' })
export class OrderLineFeatureStatuses {
  @Field(() => OrderLineFeatureStatus, { nullable: true }) callingName?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, { nullable: true }) directoryListing?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, { nullable: true }) e911?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, { nullable: true }) messaging?: OrderLineFeatureStatus | null;
}

@ObjectType({ description: 'One number on an order.' })
export class OrderLine {
  @Field(() => TnScalar) tn!: string;

  @Field(() => String, { nullable: true, description: 'Trunk group requested for the number.' })
  trunkGroupName?: string | null;

  @Field(() => String, { nullable: true, description: 'Per-number status label, e.g. "In Service" or "PIN required/invalid".' })
  status?: string | null;

  @Field(() => EndUser, { nullable: true }) endUser?: EndUser | null;
  @Field(() => TelephoneNumberFeatures, { nullable: true }) features?: TelephoneNumberFeatures | null;
  @Field(() => RateCenter, { nullable: true }) rateCenter?: RateCenter | null;
  @Field(() => String, { nullable: true, description: 'Port-in TN group label.' }) tnGroup?: string | null;
  @Field(() => OrderLineFeatureStatuses) featureStatus!: OrderLineFeatureStatuses;
  @Field(() => String, { nullable: true, description: 'Toll-free routing label.' }) routingLabel?: string | null;
}

@ObjectType({ description: 'A note on an order.' })
export class OrderNote {
  @Field(() => ID, { nullable: true, description: 'Carrier note id.' }) id?: string | null;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) createdAt?: string | null;
  @Field(() => String, { nullable: true }) createdBy?: string | null;
}

@ObjectType({ description: 'A number the carrier left out of an order, and why.' })
export class ExcludedTelephoneNumber {
  @Field(() => TnScalar) tn!: string;
  @Field(() => String, { nullable: true, description: 'Carrier reason, e.g. "TN is on an existing order".' }) reason?: string | null;
  @Field(() => ID, { nullable: true, description: 'Order the number was excluded from (see `order`).' }) orderId?: string | null;
  @Field(() => String, { nullable: true }) customerOrderReference?: string | null;
  @Field(() => String, { nullable: true }) excludedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Carrier user display name.' }) displayName?: string | null;
}

export const OrderConnection = ConnectionType('Order', () => Order, 'orders');
export type OrderConnection = InstanceType<typeof OrderConnection>;
