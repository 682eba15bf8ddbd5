import { Field, ID, ObjectType } from 'type-graphql';
import { describe } from '../common/description.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { Order } from '../orders/order.type.js';

@ObjectType({ description: 'Result of requestTelephoneNumbers.' })
export class RequestTelephoneNumbersPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), or the carrier refusing the request (REJECTED, with its reason: at ' +
      'trunkGroupName for an unknown trunk group, else at the input). Empty when the carrier accepted the request.',
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, {
    nullable: true,
    description: 'Carrier order id of the order the request created (see `order`); null when the request was refused.',
  })
  orderId: string | null = null;

  /** Set by the resolver; not a GraphQL field. */
  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, {
    nullable: true,
    description: describe(
      'The order the request created: its numbers appear on it, and with activate they are IN_SERVICE on your account once it is CLOSED.',
      '/orderDetail',
    ),
  })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}
