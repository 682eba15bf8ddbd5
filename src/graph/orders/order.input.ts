/** Inputs of the orders domain. Formats are checked in order.resolver.ts before any upstream call. */
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TnScalar } from '../common/scalars.js';
import { SortDirection } from '../common/sort.js';
import { OrderProduct, OrderSortField, OrderStatus, ServiceOrderType } from './orders.enums.js';

@InputType({ description: 'Filters over orders (/orderList). All given filters must match.' })
export class OrderFilter {
  @Field(() => String, { nullable: true, description: 'Your alphanumeric order reference.' })
  customerOrderReference?: string | null;
  @Field(() => [OrderProduct], { nullable: true, description: 'Any of these products.' })
  products?: OrderProduct[] | null;
  @Field(() => ServiceOrderType, { nullable: true }) type?: ServiceOrderType | null;
  @Field(() => OrderStatus, { nullable: true }) status?: OrderStatus | null;
  @Field(() => TnScalar, { nullable: true, description: 'Orders that include this number.' }) tn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Created on or after this date (YYYY-MM-DD).' })
  createdFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Created on or before this date (YYYY-MM-DD).' })
  createdTo?: string | null;
}

@InputType({ description: 'Sort order of orders.' })
export class OrderSort {
  @Field(() => OrderSortField) field!: OrderSortField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection;
}

@InputType({ description: 'Identifies an order by exactly one of its id or your customerOrderReference.' })
export class OrderReferenceInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) customerOrderReference?: string | null;
}

@InputType({ description: 'Cancel a PENDING order (/orderCancel).' })
export class CancelOrderInput {
  @Field(() => OrderReferenceInput) order!: OrderReferenceInput;
}

@InputType({ description: 'Add a note to an order (/orderAddNote).' })
export class AddOrderNoteInput {
  @Field(() => OrderReferenceInput) order!: OrderReferenceInput;
  @Field(() => String, { description: 'The note text.' }) note!: string;
}
