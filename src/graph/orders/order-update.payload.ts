/** Payload of updateOrder. `order` is read lazily — only when selected — after the write dropped the cached order. */
import { Field, ObjectType } from 'type-graphql';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { Order } from './order.type.js';

@ObjectType({ description: 'Result of updateOrder.' })
export class UpdateOrderPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Why nothing was changed: input problems (a "go together" group given in part, a past date, a number given twice), ' +
      'NOT_FOUND (no such order, or a number not on it), CONFLICT (several orders carry the customerOrderReference: name the order ' +
      "by id), WRONG_STATUS (the order is not PENDING, or a number's line on it is already COMPLETE or CANCELED), or REJECTED (the carrier's refusal, with its message). Empty when the update was accepted.",
  })
  override userErrors: UserError[] = [];

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, {
    nullable: true,
    description:
      'The order, re-read after the update, or as it is when the update was refused; null when there is no such order (or nothing was read: an input problem).\n\nCarrier: /orderDetail.',
  })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}
