/** Output types of the orders domain. Relations are field resolvers in order.resolver.ts. */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderDetail, OrderSummary } from '../../upstream/model.js';
import { ConnectionType } from '../common/connection.js';
import { DateTimeScalar, LocalDateScalar, TnScalar } from '../common/scalars.js';
import { EndUser, RateCenter, TelephoneNumberFeatures } from '../numbers/telephone-number.type.js';
import { OrderLineStatus, OrderProduct, OrderStatus, ServiceOrderType } from './orders.enums.js';

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

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Desired due date (carrier desiredDueDate): a calendar date, YYYY-MM-DD, as the carrier writes it ' +
      '(some answers send it as a midnight timestamp; no time of day is meant).',
  })
  desiredDueDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Desired port time of a port-in (carrier desiredPortTime): time of day and zone as the carrier writes it, ' +
      'e.g. "09:00 US/Central". Not a timestamp: it goes with desiredDueDate.',
  })
  desiredPortTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of telephone numbers on the order.' })
  numberCount?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Calendar date the order was created (carrier createdDate), YYYY-MM-DD as the carrier reports it. ' +
      'Read with the order itself, whether it came from a list or by id: no extra carrier call. See createdAt for the time.',
  })
  createdOn?: string | null;

  // createdAt and lastModified are field resolvers (order.resolver.ts): each has one carrier read that reports it.

  @Field(() => String, { nullable: true, description: 'Carrier user who submitted the order (carrier createdUser), e.g. "api_user".' })
  createdBy?: string | null;

  /** Detail already read for this object (not a GraphQL field): saves a /orderDetail call. */
  detail?: OrderDetail;
  /** The order-list entry this object came from (not a GraphQL field): the only read with lastModified. */
  summary?: OrderSummary;
}

@ObjectType({ description: 'Provisioning flag and status of one feature of a number on an order.' })
export class OrderLineFeatureStatus {
  @Field(() => Boolean, { description: 'Whether the order provisions this feature on the number.' }) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Carrier status label, e.g. "Pending", "Complete" or "Failed".' }) status?: string | null;
}

@ObjectType({ description: 'Feature provisioning on an order line, per feature (the names of TelephoneNumberFeatures).' })
export class OrderLineFeatureStatuses {
  @Field(() => OrderLineFeatureStatus, { nullable: true, description: 'Caller ID (CNAM) calling name (carrier cnamEnabled/cnamStatus).' })
  callerId?: OrderLineFeatureStatus | null;

  @Field(() => OrderLineFeatureStatus, { nullable: true }) directoryListing?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, { nullable: true }) e911?: OrderLineFeatureStatus | null;
  @Field(() => OrderLineFeatureStatus, { nullable: true }) messaging?: OrderLineFeatureStatus | null;
}

@ObjectType({ description: 'One number on an order.' })
export class OrderLine {
  @Field(() => TnScalar) tn!: string;

  @Field(() => String, { nullable: true, description: 'Trunk group requested for the number.' })
  trunkGroupName?: string | null;

  @Field(() => OrderLineStatus, {
    nullable: true,
    description: "The number's status on this order; null when the carrier's label is not a documented one (see statusName).",
  })
  status?: OrderLineStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'The carrier\'s per-number status label (tnStatus), e.g. "Pending", "Received FOC", "PIN required/invalid", "Complete".',
  })
  statusName?: string | null;

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

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the note was added (carrier insertDate), in UTC, to the precision the carrier sends (tenths of a second). ' +
      'The carrier writes it without a zone ("2015-12-16 17:09:55.0"); it is read as UTC, like its timestamps that name one.',
  })
  createdAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier user who added the note (carrier insertUser), e.g. "api_user".' })
  createdBy?: string | null;
}

@ObjectType({ description: 'A number the carrier left out of an order, and why.' })
export class ExcludedTelephoneNumber {
  @Field(() => TnScalar) tn!: string;
  @Field(() => String, { nullable: true, description: 'Carrier reason, e.g. "TN is on an existing order".' }) reason?: string | null;
  @Field(() => ID, { nullable: true, description: 'Order the number was excluded from (see `order`).' }) orderId?: string | null;
  @Field(() => String, { nullable: true }) customerOrderReference?: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Date the carrier excluded the number (carrier insertDate), YYYY-MM-DD: the carrier reports a date, not a time. ' +
      'Null for exclusions a write reports at once.',
  })
  excludedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Carrier user display name.' }) displayName?: string | null;
}

export const OrderConnection = ConnectionType('Order', () => Order, 'orders');
export type OrderConnection = InstanceType<typeof OrderConnection>;
