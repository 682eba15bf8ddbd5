/**
 * `userErrors` in mutation payloads: problems the user can fix or act on —
 * invalid input (nothing was sent to the carrier), numbers the carrier
 * excluded from an otherwise accepted request, and requests the carrier
 * refused for a reason the caller can act on (an unknown order, an order in
 * the wrong status). Infrastructure failures stay GraphQL errors.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID = 'INVALID',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  EXCLUDED = 'EXCLUDED',
  NOT_FOUND = 'NOT_FOUND',
  WRONG_STATUS = 'WRONG_STATUS',
  REJECTED = 'REJECTED',
  LIMIT_REACHED = 'LIMIT_REACHED',
  ALREADY_RESERVED = 'ALREADY_RESERVED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused, a number was left out, or the carrier refused the request.',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing or blank.' },
    INVALID: { description: 'The value has the wrong format or is not allowed.' },
    TOO_LONG: { description: 'A text exceeds its character limit or a list its maximum size.' },
    OUT_OF_RANGE: { description: 'A numeric value is outside its allowed range.' },
    DUPLICATE: { description: 'The same item appears more than once in one request.' },
    CONFLICT: {
      description: 'Two values cannot be given together, one requires another, or a customerOrderReference names several orders.',
    },
    EXCLUDED: { description: 'The carrier accepted the request but left this number out (see message for its reason).' },
    NOT_FOUND: { description: 'The carrier knows no such entity (e.g. no order with this id or reference); nothing changed.' },
    WRONG_STATUS: {
      description: "The entity's current status does not allow this (e.g. only PENDING orders can be canceled); nothing changed.",
    },
    REJECTED: { description: "The carrier refused the request for another reason; the message carries the carrier's own." },
    LIMIT_REACHED: {
      description:
        'An account limit was reached (e.g. the most numbers the account may hold reserved); release some or ask the carrier to raise it.',
    },
    ALREADY_RESERVED: { description: 'The account already holds this number reserved; nothing changed for it.' },
  },
});

@ObjectType({ description: 'A problem with a mutation input, a number the carrier excluded, or a refusal the caller can act on.' })
export class UserError {
  @Field(() => [String], {
    description: 'Where the problem is, from the argument name, list indexes as strings: ["input", "numbers", "2", "tn"].',
  })
  path!: string[];

  @Field(() => [String], { description: 'The same as `path`.', deprecationReason: 'Use `path`.' })
  get field(): string[] {
    return this.path;
  }

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  static of(path: readonly (string | number)[], code: UserErrorCode, message: string): UserError {
    const e = new UserError();
    e.path = path.map(String);
    e.code = code;
    e.message = message;
    return e;
  }
}
