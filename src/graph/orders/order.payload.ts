/**
 * Payloads of the order mutations. `order` and `note` are read lazily — only
 * when selected — after the mutation invalidated what it changed.
 */
import { describe } from '../common/description.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { Order, OrderNote } from './order.type.js';

@ObjectType({ description: 'Result of cancelOrder. The order moves to PENDING_CANCEL, then CANCELED once the carrier has reviewed it.' })
export class CancelOrderPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Why nothing was canceled: input problems, NOT_FOUND (no such order), CONFLICT (several orders carry the ' +
      "customerOrderReference: name the order by id), or the carrier's refusal with its message: WRONG_STATUS (the order is " +
      'not PENDING), REJECTED (another reason). Empty when the cancellation was accepted.',
  })
  override userErrors: UserError[] = [];

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, {
    nullable: true,
    description: describe(
      'The order as it stands after the cancellation, or as it is when the carrier refused; null when there is no such ' +
        'order or the reference names several.',
      '/orderDetail',
    ),
  })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of addOrderNote.' })
export class AddOrderNotePayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Why no note was added: input problems, NOT_FOUND (no such order), CONFLICT (several orders carry the ' +
      'customerOrderReference: name the order by id), or REJECTED (the carrier refused, with its message). Empty when the note was added.',
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, {
    nullable: true,
    description: 'Carrier id of the new note (noteId); null when the carrier gives none or the note was not added.',
  })
  noteId: string | null = null;

  loadNote?: Lazy<OrderNote | null>;

  @Field(() => OrderNote, {
    nullable: true,
    description: describe(
      "The note as the carrier recorded it, with its createdAt and createdBy: read back with the order's notes, " +
        'the same read as `order { notes }`, so selecting both costs one call.',
      '/orderNote',
    ),
  })
  get note(): Promise<OrderNote | null> {
    return this.loadNote ? this.loadNote() : Promise.resolve(null);
  }

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, {
    nullable: true,
    description: describe(
      'The order as it stands after the note was added, or as it is when the carrier refused; null when there is no such ' +
        'order or the reference names several.',
      '/orderDetail',
    ),
  })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}
