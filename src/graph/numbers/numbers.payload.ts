/**
 * Mutation payloads of the numbers domain. Linked objects (`numbers`,
 * `order`) are resolved lazily — only when selected — through the request's
 * loaders, after the mutation has invalidated what it changed, so a client
 * re-reads fresh state in the same round trip at no cost when it does not.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { UserError } from '../common/user-error.js';
import { ExcludedTelephoneNumber, Order } from '../orders/order.type.js';
import { ReservedTelephoneNumber } from './inventory.type.js';
import { SYNCHRONOUS_VALIDATION_MAX } from './numbers.limits.js';
import { TelephoneNumber } from './telephone-number.type.js';

type Lazy<T> = () => Promise<T>;

@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), numbers the carrier excluded, or refusals the caller can act on (unknown order, wrong status). Empty on full success.',
  })
  userErrors: UserError[] = [];
}

@ObjectType()
export abstract class NumbersPayload extends MutationPayload {
  /** Set by the resolver; not a GraphQL field. */
  loadNumbers?: Lazy<TelephoneNumber[]>;

  @Field(() => [TelephoneNumber], {
    description: 'The numbers the request applied to (excluded ones left out), re-read after the change.',
  })
  get numbers(): Promise<TelephoneNumber[]> {
    return this.loadNumbers ? this.loadNumbers() : Promise.resolve([]);
  }
}

/** Immediate per-number updates (/portOutPinUpdate, /tnNoteUpdate): no order, but the carrier may refuse single numbers. */
@ObjectType()
export abstract class NumberUpdatePayload extends NumbersPayload {
  @Field(() => [ExcludedTelephoneNumber], {
    description: 'Numbers the carrier refused, with its reasons (each also a userError on its input); the others were updated.',
  })
  excludedNumbers: ExcludedTelephoneNumber[] = [];
}

@ObjectType()
export abstract class OrderSubmissionPayload extends NumbersPayload {
  @Field(() => ID, { nullable: true, description: 'Carrier order id; null when the carrier completed the request at once or it was not sent.' })
  orderId: string | null = null;

  @Field(() => Boolean, {
    description:
      'True when the carrier applied the request at once to at least one number, so no order was created (small ' +
      'orderTelephoneNumbers without features). False when it created an order (see order), and when nothing was done ' +
      '(every number excluded, see userErrors, or the input was refused).',
  })
  completedSynchronously = false;

  @Field(() => Boolean, {
    description:
      `True when the carrier accepted a request of more than ${SYNCHRONOUS_VALIDATION_MAX} numbers: it checks such orders after ` +
      'accepting them, so excludedNumbers is empty now even if numbers are invalid. Exclusions appear later on ' +
      'order.excludedNumbers (Order.excludedNumbers); an order whose numbers are all invalid is canceled.',
  })
  validationPending = false;

  @Field(() => [ExcludedTelephoneNumber], {
    description:
      'Numbers the carrier left out, with its reasons (each also a userError on its input). ' +
      'When validationPending, later exclusions are on order.excludedNumbers instead.',
  })
  excludedNumbers: ExcludedTelephoneNumber[] = [];

  loadOrder?: Lazy<Order | null>;

  @Field(() => Order, { nullable: true, description: 'The order the request created, when there is one.' })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of orderTelephoneNumbers.' })
export class OrderTelephoneNumbersPayload extends OrderSubmissionPayload {}

@ObjectType({ description: 'Result of updateTelephoneNumberTrunkGroup.' })
export class UpdateTelephoneNumberTrunkGroupPayload extends OrderSubmissionPayload {}

@ObjectType({ description: 'Result of updateTelephoneNumberFeatures.' })
export class UpdateTelephoneNumberFeaturesPayload extends OrderSubmissionPayload {}

@ObjectType({ description: 'Result of disconnectTelephoneNumbers.' })
export class DisconnectTelephoneNumbersPayload extends OrderSubmissionPayload {}

@ObjectType({ description: 'Result of updatePortOutPin.' })
export class UpdatePortOutPinPayload extends NumberUpdatePayload {}

@ObjectType({ description: 'Result of updateTelephoneNumberNote.' })
export class UpdateTelephoneNumberNotePayload extends NumberUpdatePayload {}

@ObjectType()
export abstract class BatchOutcomePayload extends MutationPayload {
  @Field(() => Int, { description: 'Numbers in the request.' }) requestedCount = 0;
  @Field(() => Int, { description: 'Numbers the carrier processed.' }) succeededCount = 0;
  @Field(() => [TnScalar], { description: 'The numbers processed (requested minus excluded).' }) tns: string[] = [];
  @Field(() => [TnScalar], { description: 'The numbers the carrier skipped (it gives no reason).' }) excludedTns: string[] = [];
}

@ObjectType({
  description:
    'Result of reserveTelephoneNumbers. The carrier holds a reservation for up to four hours, then returns the number to inventory; ' +
    'order it before then (or reserve it again).',
})
export class ReserveTelephoneNumbersPayload extends BatchOutcomePayload {
  loadReserved?: Lazy<ReservedTelephoneNumber[]>;

  @Field(() => [ReservedTelephoneNumber], { description: 'The newly reserved numbers, re-read from the reserved list.' })
  get reservedNumbers(): Promise<ReservedTelephoneNumber[]> {
    return this.loadReserved ? this.loadReserved() : Promise.resolve([]);
  }
}

@ObjectType({ description: 'Result of releaseTelephoneNumbers.' })
export class ReleaseTelephoneNumbersPayload extends BatchOutcomePayload {}
