/** Payloads of the port-in mutations. */
import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError } from '../common/user-error.js';
import { PortInOrder } from './port-in-order.type.js';

/** The port-in payloads' order, read only when selected. */
@ObjectType()
abstract class PortInOrderPayload extends MutationPayload {
  loadOrder?: Lazy<PortInOrder | null>;

  @Field(() => PortInOrder, {
    nullable: true,
    description: 'The port-in order as it stands after the write; null when nothing was written.\n\nCarrier: /portInOrderList.',
  })
  get order(): Promise<PortInOrder | null> {
    return this.loadOrder ? this.loadOrder() : Promise.resolve(null);
  }
}

@ObjectType({
  description: 'Result of orderPortIn. The carrier checks the numbers in the background: follow them in `order` and portingNumbers.',
})
export class OrderPortInPayload extends PortInOrderPayload {
  @Field(() => [UserError], {
    description:
      "Why nothing was ordered: input refused before any call (paths into `input`), or the carrier's refusal (REJECTED, with its message).",
  })
  override userErrors: UserError[] = [];

  @Field(() => ID, { nullable: true, description: 'The new order id.' }) orderId: string | null = null;
}

@ObjectType({ description: 'The outcome of one group of an activation.' })
export class PortInGroupActivation {
  @Field(() => String, { description: 'The group.' }) group!: string;
  @Field(() => Boolean, { description: 'True when the carrier started the port of the group.' }) activated!: boolean;
  @Field(() => String, { nullable: true, description: "The carrier's reason when it did not." }) message!: string | null;
}

@ObjectType({ description: 'Result of activatePortIn: one result per group, and a userError for each group not activated.' })
export class ActivatePortInPayload extends PortInOrderPayload {
  @Field(() => [UserError], {
    description:
      'Input problems, NOT_FOUND (no such port-in order), or WRONG_STATUS per group not available for activation (path to the group).',
  })
  override userErrors: UserError[] = [];

  @Field(() => [PortInGroupActivation], { description: 'One result per group the carrier reported on.' }) results: PortInGroupActivation[] =
    [];
}

@ObjectType({ description: 'Result of cancelPortIn: the order moves to PENDING_CANCEL, then CANCELED once the carrier reviewed it.' })
export class CancelPortInPayload extends PortInOrderPayload {
  @Field(() => [UserError], {
    description: "Input problems, NOT_FOUND (no such order), or the carrier's refusal (REJECTED, with its message, e.g. not PENDING).",
  })
  override userErrors: UserError[] = [];
}
