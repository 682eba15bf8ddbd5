/** Payloads of the order mutations. `order` is re-read lazily after invalidation. */
import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload } from '../numbers/numbers.payload.js';
import { Order, OrderNote } from './order.type.js';

@ObjectType({ description: 'Result of cancelOrder. The order moves to PENDING_CANCEL or CANCELED.' })
export class CancelOrderPayload extends MutationPayload {
  loadOrder?: () => Promise<Order | null>;

  @Field(() => Order, { nullable: true, description: 'The order, re-read after the cancellation.' })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of addOrderNote.' })
export class AddOrderNotePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'Carrier id of the new note.' })
  noteId: string | null = null;

  @Field(() => OrderNote, { nullable: true, description: 'The note as added.' })
  note: OrderNote | null = null;

  loadOrder?: () => Promise<Order | null>;

  @Field(() => Order, { nullable: true, description: 'The order, re-read after the note was added.' })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}
