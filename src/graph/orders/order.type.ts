/** Output types of the orders domain. Relations are field resolvers in order.resolver.ts. */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderSummary } from '../../upstream/shared/order-summary.js';
import { ConnectionType } from '../common/connection.js';
import { describe } from '../common/description.js';
import { Node } from '../common/node.js';
import { DateTimeScalar, LocalDateScalar, TnScalar } from '../common/scalars.js';
import { OrderProduct, OrderStatus, ServiceOrderType } from './orders.enums.js';

@ObjectType({
  description: describe(
    'An order with the carrier: new numbers, feature changes, trunk group changes, disconnects, port-ins, port-outs and ' +
      'toll-free orders. `product` tells them apart, and each line is typed by product (`... on PortInOrderLine`, ' +
      '`... on TollFreeOrderLine` …): it says what the order does to one number.',
    '/orderList',
    '/orderDetail',
  ),
  implements: Node,
})
@Directive('@key(fields: "id")')
export class Order implements Node {
  @Field(() => ID, {
    description: 'The carrier order id, e.g. "1025001": quote it to support; `node(id:)` reads the order back from it.',
  })
  id!: string;

  @Field(() => OrderStatus, {
    description: 'Where the order stands. Only a PENDING order can be canceled; each number has its own status on `lines`.',
  })
  status!: OrderStatus;

  @Field(() => String, { nullable: true, description: 'The carrier\'s own text for `status`, e.g. "Pending"; null when it sent none.' })
  statusLabel?: string | null;

  @Field(() => OrderProduct, {
    nullable: true,
    description: 'What the order is for; null when the carrier names a product we do not know.',
  })
  product?: OrderProduct | null;

  @Field(() => String, { nullable: true, description: 'The carrier\'s own text for `product`, e.g. "Telephone Number".' })
  productLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'The same as `productLabel`.', deprecationReason: 'Use `productLabel`.' })
  get productName(): string | null | undefined {
    return this.productLabel;
  }

  @Field(() => ServiceOrderType, {
    nullable: true,
    description: 'Whether the order adds, changes or disconnects numbers; null when the carrier names a kind we do not know.',
  })
  type?: ServiceOrderType | null;

  @Field(() => String, { nullable: true, description: 'The carrier\'s own text for `type`, e.g. "New".' })
  typeLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'The same as `typeLabel`.', deprecationReason: 'Use `typeLabel`.' })
  get serviceOrderName(): string | null | undefined {
    return this.typeLabel;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Your own reference given when the order was placed (carrier customerOrderReference).',
  })
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

  @Field(() => Int, {
    nullable: true,
    description: 'Number of telephone numbers on the order (carrier tnQuantity, else the lines of the order detail).',
  })
  numberCount?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Calendar date the order was created (carrier createdDate), YYYY-MM-DD as the carrier reports it. ' +
      'Read with the order itself, whether it came from a list or by id: no extra carrier call. See createdAt for the time.',
  })
  createdOn?: string | null;

  // createdAt and lastModifiedAt are field resolvers (order.resolver.ts): each has one carrier read that reports it.

  @Field(() => String, { nullable: true, description: 'Carrier user who submitted the order (carrier createdUser), e.g. "api_user".' })
  createdBy?: string | null;

  /** Detail already read for this object (not a GraphQL field): saves a /orderDetail call. */
  detail?: OrderDetail;
  /** The order-list entry this object came from (not a GraphQL field): the only read with lastModified. */
  summary?: OrderSummary;
}

@ObjectType({ description: 'A note on an order.' })
export class OrderNote {
  @Field(() => ID, { nullable: true, description: 'Carrier note id (noteId); null when the carrier gives none.' }) id?: string | null;
  @Field(() => String, { description: 'The note text (carrier note).' }) text!: string;

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

@ObjectType({ description: 'A number the carrier left out of an order or request, and why.' })
export class ExcludedTelephoneNumber {
  @Field(() => TnScalar, { description: 'The excluded ten-digit number.' }) tn!: string;
  @Field(() => String, { nullable: true, description: 'Carrier reason (excludedReason), e.g. "TN is on an existing order".' }) reason?:
    string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Order the number was excluded from (see `order`); null for a request that created no order.',
  })
  orderId?: string | null;
  @Field(() => String, { nullable: true, description: 'Your reference of that order (carrier customerOrderReference), when it has one.' })
  customerOrderReference?: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Date the carrier excluded the number (carrier insertDate), YYYY-MM-DD: the carrier reports a date, not a time. ' +
      'Null for exclusions a write reports at once.',
  })
  excludedOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Display name of the carrier user (carrier displayName), e.g. "test.user@customer.com".',
  })
  displayName?: string | null;
}

export const OrderConnection = ConnectionType('Order', () => Order, 'orders');
export type OrderConnection = InstanceType<typeof OrderConnection>;
