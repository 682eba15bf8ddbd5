/**
 * `ExcludedTelephoneNumber.code` (the type is the orders domain's): why a
 * number was left out, in the codes of `UserError`, so a frontend can act on
 * an exclusion without parsing its reason. Writes that know better than
 * EXCLUDED (a number the account already holds) tag the object with its code.
 */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { UserErrorCode } from '../common/user-error.js';
import { ExcludedTelephoneNumber } from '../orders/order.type.js';

const codes = new WeakMap<ExcludedTelephoneNumber, UserErrorCode>();

export function withCode(excluded: ExcludedTelephoneNumber, code: UserErrorCode): ExcludedTelephoneNumber {
  codes.set(excluded, code);
  return excluded;
}

@Resolver(() => ExcludedTelephoneNumber)
export class ExcludedNumberCodeResolver {
  @FieldResolver(() => UserErrorCode, {
    description: 'Why the number was left out: EXCLUDED (see `reason`), or ALREADY_RESERVED when your account already holds it reserved.',
  })
  code(@Root() excluded: ExcludedTelephoneNumber): UserErrorCode {
    return codes.get(excluded) ?? UserErrorCode.EXCLUDED;
  }
}
