/**
 * `userErrors` in mutation payloads: problems the user can fix or act on —
 * invalid input (nothing was sent to the carrier) and numbers the carrier
 * excluded from an otherwise accepted request.
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
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused or a number was left out.',
  valuesConfig: {
    REQUIRED: { description: 'A required value is missing or blank.' },
    INVALID: { description: 'The value has the wrong format or is not allowed.' },
    TOO_LONG: { description: "The value exceeds the carrier's character limit." },
    OUT_OF_RANGE: { description: 'A number is outside its allowed range.' },
    DUPLICATE: { description: 'The same item appears more than once in one request.' },
    CONFLICT: { description: 'Two values cannot be given together, or one requires another.' },
    EXCLUDED: { description: 'The carrier accepted the request but left this number out (see message for its reason).' },
  },
});

@ObjectType({ description: 'A problem with a mutation input, or a number the carrier excluded.' })
export class UserError {
  @Field(() => [String], {
    description: 'Path to the input field, from the argument name, e.g. ["input", "numbers", "2", "tn"].',
  })
  field!: string[];

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  static of(field: (string | number)[], code: UserErrorCode, message: string): UserError {
    const e = new UserError();
    e.field = field.map(String);
    e.code = code;
    e.message = message;
    return e;
  }
}
