/**
 * Mutation payloads of the numbers domain. Linked objects (`numbers`,
 * `order`) are resolved lazily — only when selected — through the request's
 * loaders, after the mutation has invalidated what it changed, so a client
 * re-reads fresh state in the same round trip at no cost when it does not.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TnScalar } from '../common/scalars.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { describe } from '../common/description.js';
import { ExcludedTelephoneNumber, Order } from '../orders/order.type.js';
import { ReservedTelephoneNumber } from './inventory.type.js';
import { SYNCHRONOUS_VALIDATION_MAX } from './numbers.limits.js';
import { TelephoneNumber } from './telephone-number.type.js';

@ObjectType()
export abstract class NumbersPayload extends MutationPayload {
  /** Set by the resolver; not a GraphQL field. */
  loadNumbers?: Lazy<TelephoneNumber[]>;

  @Field(() => [TelephoneNumber], {
    description:
      'The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request.\n\nCarrier: /tnDetail.',
  })
  get numbers(): Promise<TelephoneNumber[]> {
    return this.loadNumbers ? this.loadNumbers() : Promise.resolve([]);
  }
}

/** Immediate per-number updates (/portOutPinUpdate, /tnNoteUpdate): no order, but the carrier may refuse single numbers. */
@ObjectType()
export abstract class NumberUpdatePayload extends NumbersPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that ' +
      "number's input field). Empty on full success.",
  })
  override userErrors: UserError[] = [];

  @Field(() => [TelephoneNumber], {
    description:
      'The updated numbers (refused ones left out), read back right after the update; the update applies at once.\n\nCarrier: /tnDetail.',
  })
  override get numbers(): Promise<TelephoneNumber[]> {
    return super.numbers;
  }

  @Field(() => [ExcludedTelephoneNumber], {
    description: 'Numbers the carrier refused, with its reasons (each also a userError on its input); the others were updated.',
  })
  excludedNumbers: ExcludedTelephoneNumber[] = [];
}

/** Shared by the four order-creating operations; `numbers` and `completedSynchronously` are described per payload. */
@ObjectType()
export abstract class OrderSubmissionPayload extends NumbersPayload {
  @Field(() => [UserError], {
    description:
      "Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at that number's " +
      'input item). Empty on full success; when validationPending, later exclusions are on order.excludedNumbers instead.',
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, {
    nullable: true,
    description:
      'Carrier order id of the order the request created (see `order`); null when none was created: the carrier completed the ' +
      'request at once, excluded every number, or the input was refused.',
  })
  orderId: string | null = null;

  @Field(() => Boolean, {
    description:
      'True when the carrier applied the request at once to at least one number without creating an order (orderId null). ' +
      'False when it created an order (see order), and when nothing was done (every number excluded, see userErrors, or the input was refused).',
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

  @Field(() => Order, { nullable: true, description: 'The order the request created, when there is one.\n\nCarrier: /orderDetail.' })
  get order(): Promise<Order | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({ description: 'Result of orderTelephoneNumbers.' })
export class OrderTelephoneNumbersPayload extends OrderSubmissionPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at the ' +
      'input field the reason concerns: the number, or its trunkGroupName). Empty on full success; when validationPending, ' +
      'later exclusions are on order.excludedNumbers instead.',
  })
  override userErrors: UserError[] = [];

  @Field(() => [TelephoneNumber], {
    description:
      'The ordered numbers (excluded ones left out), as the carrier reports them right after the request. ' +
      'Numbers completed at once are IN_SERVICE; numbers on an order are PENDING (a number the carrier does not list yet is ' +
      'left out) and show IN_SERVICE with their features once `order` is CLOSED.\n\nCarrier: /tnDetail.',
  })
  override get numbers(): Promise<TelephoneNumber[]> {
    return super.numbers;
  }

  @Field(() => Boolean, {
    description:
      'True when the carrier activated the numbers at once without creating an order (orderId null): requests of at most ' +
      `${SYNCHRONOUS_VALIDATION_MAX} numbers with no calling name, directory listing, E911 or messaging, at least one number accepted. ` +
      'False when it created an order (see order), and when nothing was done (every number excluded, see userErrors, or the input was refused).',
  })
  override completedSynchronously = false;
}

@ObjectType({ description: 'Result of updateTelephoneNumberTrunkGroup.' })
export class UpdateTelephoneNumberTrunkGroupPayload extends OrderSubmissionPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at the ' +
      'input field the reason concerns: the number, or its trunkGroupName). Empty on full success; when validationPending, ' +
      'later exclusions are on order.excludedNumbers instead.',
  })
  override userErrors: UserError[] = [];

  @Field(() => [TelephoneNumber], {
    description:
      'The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: ' +
      'the new trunk group shows once the order has routed the number, at the latest when `order` is CLOSED.\n\nCarrier: /tnDetail.',
  })
  override get numbers(): Promise<TelephoneNumber[]> {
    return super.numbers;
  }

  @Field(() => Boolean, {
    description:
      'True only if the carrier applied the change at once, answering without an order id while accepting at least one number. ' +
      'The carrier normally answers a trunk group update with an order (see order): then it is false, as when nothing was done (every number excluded, ' +
      'see userErrors, or the input was refused).',
  })
  override completedSynchronously = false;
}

@ObjectType({ description: 'Result of updateTelephoneNumberFeatures.' })
export class UpdateTelephoneNumberFeaturesPayload extends OrderSubmissionPayload {
  @Field(() => [TelephoneNumber], {
    description:
      'The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: ' +
      'the feature changes show once `order` is CLOSED.\n\nCarrier: /tnDetail.',
  })
  override get numbers(): Promise<TelephoneNumber[]> {
    return super.numbers;
  }

  @Field(() => Boolean, {
    description:
      'True only if the carrier applied the change at once, answering without an order id while accepting at least one number. ' +
      'The carrier normally answers a feature change with a feature order (see order): then it is false, as when nothing was done (every number ' +
      'excluded, see userErrors, or the input was refused).',
  })
  override completedSynchronously = false;
}

@ObjectType({ description: 'Result of disconnectTelephoneNumbers.' })
export class DisconnectTelephoneNumbersPayload extends OrderSubmissionPayload {
  @Field(() => [TelephoneNumber], {
    description:
      'The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: ' +
      'PENDING_DISCONNECT while `order` is open; once it is CLOSED they leave the account.\n\nCarrier: /tnDetail.',
  })
  override get numbers(): Promise<TelephoneNumber[]> {
    return super.numbers;
  }

  @Field(() => Boolean, {
    description:
      'True only if the carrier disconnected the numbers at once, answering without an order id while accepting at least one ' +
      'number. The carrier normally answers a disconnect with a disconnect order (see order): then it is false, as when nothing was done ' +
      '(every number excluded, see userErrors, or the input was refused).',
  })
  override completedSynchronously = false;
}

@ObjectType({ description: 'Result of updatePortOutPin.' })
export class UpdatePortOutPinPayload extends NumberUpdatePayload {}

@ObjectType({ description: 'Result of updateTelephoneNumberNote.' })
export class UpdateTelephoneNumberNotePayload extends NumberUpdatePayload {}

/** /tnReserve, /tnRelease: counts and the numbers the carrier skipped. */
@ObjectType()
export abstract class BatchOutcomePayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent to the carrier), a reached reservation limit (LIMIT_REACHED at ["input", "numbers"]: nothing ' +
      'changed), and each number the carrier skipped, at its input item (ALREADY_RESERVED or EXCLUDED). Empty on full success.',
  })
  override userErrors: UserError[] = [];

  @Field(() => Int, { description: 'Numbers in the request.' }) requestedCount = 0;
  @Field(() => Int, { description: 'Numbers the carrier processed.' }) succeededCount = 0;

  @Field(() => [ExcludedTelephoneNumber], {
    description: 'Numbers the carrier skipped, with the reason and code (each also a userError at its input item).',
  })
  excludedNumbers: ExcludedTelephoneNumber[] = [];

  @Field(() => [TnScalar], { description: 'The numbers processed (requested minus excluded).', deprecationReason: 'Use `numbers`.' })
  tns: string[] = [];

  @Field(() => [TnScalar], { description: 'The numbers the carrier skipped.', deprecationReason: 'Use `excludedNumbers`.' })
  excludedTns: string[] = [];
}

@ObjectType({
  description:
    'Result of reserveTelephoneNumbers. The carrier holds a reservation for up to four hours, then returns the number to inventory; ' +
    'order it before then (or reserve it again).',
})
export class ReserveTelephoneNumbersPayload extends BatchOutcomePayload {
  loadReserved?: Lazy<ReservedTelephoneNumber[]>;

  @Field(() => [ReservedTelephoneNumber], {
    description: describe('The numbers this request reserved, as the reserved list shows them right after it.', '/tnReservedList'),
  })
  get numbers(): Promise<ReservedTelephoneNumber[]> {
    return this.loadReserved ? this.loadReserved() : Promise.resolve([]);
  }

  @Field(() => [ReservedTelephoneNumber], { description: 'The same as `numbers`.', deprecationReason: 'Use `numbers`.' })
  get reservedNumbers(): Promise<ReservedTelephoneNumber[]> {
    return this.numbers;
  }
}

@ObjectType({ description: 'Result of releaseTelephoneNumbers.' })
export class ReleaseTelephoneNumbersPayload extends BatchOutcomePayload {
  @Field(() => [TnScalar], { description: 'The numbers released back to inventory (requested minus skipped).' })
  get numbers(): string[] {
    return this.tns;
  }
}
