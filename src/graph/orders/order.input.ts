/** Inputs of the orders domain. Formats are checked (order-ref.ts, order.mutations.ts) before any upstream call. */
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar, TnScalar } from '../common/scalars.js';
import { SortDirection } from '../common/sort.js';
import { LimitedField, limit } from '../common/limits.js';
import { CUSTOMER_ORDER_REFERENCE } from '../common/validation.js';
import { OrderProduct, OrderSortField, OrderStatus, ServiceOrderType } from './orders.enums.js';

/** /orderAddNote's limit: "orderNote must not exceed 4000 characters" (vendor Swagger; the guide states none). */
export const ORDER_NOTE = limit({ maxLength: 4000 });
/** The reference as other fields describe it; an argument of `order` describes it the same way. */
export const describeOrderReference = (l: typeof CUSTOMER_ORDER_REFERENCE) =>
  `Your alphanumeric reference (at most ${l.maxLength} characters), given when the order was placed.`;

@InputType({ description: 'Filters over orders. All given filters must match.' })
export class OrderFilter {
  @LimitedField(CUSTOMER_ORDER_REFERENCE, (l) => `Your alphanumeric order reference (at most ${l.maxLength} characters).`)
  customerOrderReference?: string | null;
  @Field(() => [OrderProduct], { nullable: true, description: 'Any of these products (carrier productIdList); not empty when given.' })
  products?: OrderProduct[] | null;
  @Field(() => ServiceOrderType, { nullable: true, description: 'Only orders of this kind (carrier serviceOrderReference).' })
  type?: ServiceOrderType | null;
  @Field(() => [OrderStatus], {
    nullable: true,
    description: 'Orders in any of these statuses, e.g. [INCOMPLETE, PENDING] for the open ones; not empty when given.',
  })
  statuses?: OrderStatus[] | null;
  @Field(() => OrderStatus, {
    nullable: true,
    description: 'The same as `statuses` with one value; giving both is a CONFLICT.',
    deprecationReason: 'Use `statuses`.',
  })
  status?: OrderStatus | null;
  @Field(() => TnScalar, { nullable: true, description: 'Orders that include this number.' }) tn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Created on or after this date (YYYY-MM-DD, compared with createdOn).' })
  createdFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Created on or before this date (YYYY-MM-DD, compared with createdOn).' })
  createdTo?: string | null;
}

/** Without `sort`, orders come newest first: the same as { field: ORDER_ID } with the default direction. */
export const DEFAULT_ORDER_SORT = { field: OrderSortField.ORDER_ID, direction: SortDirection.DESC } as const;

@InputType({ description: 'Sort order of orders. Without it, orders come newest first (ORDER_ID, DESC).' })
export class OrderSort {
  @Field(() => OrderSortField, { description: 'What to sort by.' }) field!: OrderSortField;
  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: DEFAULT_ORDER_SORT.direction,
    description: 'DESC unless given, like the default order: highest id (newest) first.',
  })
  direction?: SortDirection;
}

@InputType({
  description:
    'Identifies an order by exactly one of its id or your customerOrderReference; a reference that several orders carry is refused (CONFLICT).',
})
export class OrderReferenceInput {
  @Field(() => ID, { nullable: true, description: 'Carrier order id: digits only, e.g. "1025001".' }) id?: string | null;
  @LimitedField(CUSTOMER_ORDER_REFERENCE, describeOrderReference) customerOrderReference?: string | null;
}

@InputType({ description: 'Cancel a PENDING order.' })
export class CancelOrderInput {
  @Field(() => OrderReferenceInput, { description: 'The order to cancel, by id or customerOrderReference.' }) order!: OrderReferenceInput;
}

@InputType({ description: 'Add a note to an order.' })
export class AddOrderNoteInput {
  @Field(() => OrderReferenceInput, { description: 'The order to add the note to, by id or customerOrderReference.' })
  order!: OrderReferenceInput;
  @LimitedField(ORDER_NOTE, (l) => `The note text, at most ${l.maxLength} characters.`, { nullable: false }) note!: string;
}
