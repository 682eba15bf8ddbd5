/** Mutation payloads of the toll-free domain; linked objects are read lazily, only when selected, after invalidation. */
import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { ExcludedTelephoneNumber, Order } from '../orders/order.type.js';
import { TollFreeNumber } from './toll-free-number.type.js';

@ObjectType({ description: 'What a toll-free write did.' })
export abstract class TollFreeSubmissionPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number). Empty on full success.',
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, {
    nullable: true,
    description:
      'Carrier order id of the order the request created (see `order`); null when none was: applied at once, all refused, or input refused.',
  })
  orderId: string | null = null;

  @Field(() => [ExcludedTelephoneNumber], { description: 'Numbers the carrier refused, with its reasons (each also a userError).' })
  excludedNumbers: ExcludedTelephoneNumber[] = [];

  loadNumbers?: Lazy<TollFreeNumber[]>;

  @Field(() => [TollFreeNumber], {
    description:
      'The numbers the request applied to (refused ones left out), read back right after it: numbers on an order show their new state once `order` is CLOSED.\n\nCarrier: /tfDetail.',
  })
  get numbers(): Promise<TollFreeNumber[]> {
    return this.loadNumbers ? this.loadNumbers() : Promise.resolve([]);
  }

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, { nullable: true, description: 'The order the request created, when there is one.\n\nCarrier: /orderDetail.' })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of orderTollFreeNumbers.' })
export class OrderTollFreeNumbersPayload extends TollFreeSubmissionPayload {}

@ObjectType({ description: 'Result of updateTollFreeNumberRouting.' })
export class UpdateTollFreeNumberRoutingPayload extends TollFreeSubmissionPayload {}

@ObjectType({ description: 'Result of updateTollFreeNumberFeatures.' })
export class UpdateTollFreeNumberFeaturesPayload extends TollFreeSubmissionPayload {}

@ObjectType({ description: 'Result of disconnectTollFreeNumbers.' })
export class DisconnectTollFreeNumbersPayload extends TollFreeSubmissionPayload {}
