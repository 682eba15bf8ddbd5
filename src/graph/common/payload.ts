/**
 * What every mutation payload shares: `userErrors`, and linked objects read
 * lazily — only when selected — after the mutation invalidated what it
 * changed.
 */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from './user-error.js';

/** A payload field read only when selected. */
export type Lazy<T> = () => Promise<T>;

/**
 * Every payload has `userErrors`. What they can hold differs per family, so
 * each family redeclares the field with its own description.
 */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description:
      "Problems the caller can act on (input refused before anything was sent to the carrier, or the carrier's refusal). Empty on full success.",
  })
  userErrors: UserError[] = [];
}
