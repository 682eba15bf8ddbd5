/**
 * The `TN` scalar: a ten-digit North American (NANP) telephone number.
 *
 * Clients may send the forms people actually type — "+13125550100",
 * "13125550100", "(312) 555-0100", "312.555.0100" — and the gateway always
 * works with, caches under and returns the bare ten digits, which is also the
 * form every carrier operation takes. Anything that is not a NANP number
 * (area code and exchange must start with 2-9) is refused with a
 * BAD_USER_INPUT error before any resolver runs.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Tn } from '../../upstream/shared/tn.js';

const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;
/** Punctuation people put in phone numbers; stripped before checking digits. */
const PUNCTUATION = /[\s().\-]/g;

export type TnParseResult = { ok: true; tn: Tn } | { ok: false; message: string };

/** Normalise a user-supplied phone number to ten NANP digits, or say why not. */
export function parseTn(input: unknown): TnParseResult {
  if (typeof input !== 'string' && typeof input !== 'number') {
    return { ok: false, message: 'A telephone number must be given as a string (or a ten-digit number), e.g. "3125550100".' };
  }
  const raw = String(input).trim();
  let digits = raw.replace(PUNCTUATION, '');
  if (digits.startsWith('+')) {
    // Only the NANP country code is meaningful here.
    if (!digits.startsWith('+1')) {
      return { ok: false, message: `"${raw}" is not a North American number: only +1 is accepted.` };
    }
    digits = digits.slice(2);
  } else if (digits.length === 11 && digits.startsWith('1')) {
    digits = digits.slice(1);
  }
  if (digits === '') {
    return { ok: false, message: 'A telephone number must not be empty: give a ten-digit North American number, e.g. "3125550100".' };
  }
  if (!/^\d+$/.test(digits)) {
    return { ok: false, message: `"${raw}" is not a telephone number: only digits, "+1" and ( ) - . spaces are allowed.` };
  }
  if (digits.length !== 10) {
    return {
      ok: false,
      message: `"${raw}" is not a ten-digit North American telephone number (got ${digits.length} digit${digits.length === 1 ? '' : 's'}).`,
    };
  }
  if (!NANP.test(digits)) {
    return {
      ok: false,
      message: `"${raw}" is not a valid NANP number: the area code and the exchange must each start with 2-9.`,
    };
  }
  return { ok: true, tn: digits };
}

/** Like parseTn but returns null instead of a reason (for federation references). */
export function normaliseTn(input: unknown): Tn | null {
  const r = parseTn(input);
  return r.ok ? r.tn : null;
}

function parseOrThrow(input: unknown, node?: ValueNode): Tn {
  const r = parseTn(input);
  if (!r.ok) {
    throw new GraphQLError(r.message, {
      ...(node ? { nodes: node } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return r.tn;
}

export const TnScalar = new GraphQLScalarType<Tn, string>({
  name: 'TN',
  description:
    'A ten-digit North American (NANP) telephone number, returned as ten digits, e.g. "3125550100". ' +
    'Input also accepts "+13125550100", "13125550100" and punctuated forms such as "(312) 555-0100"; ' +
    'they are normalised to ten digits.',
  serialize(value: unknown): string {
    // Upstream data is already normalised (src/upstream/<domain>/<operation>.ts); be lenient
    // on output so a stray format never fails a whole response.
    const r = parseTn(value);
    if (r.ok) return r.tn;
    if (typeof value === 'string') return value;
    throw new GraphQLError(`TN cannot represent ${String(value)}`);
  },
  parseValue(value: unknown): Tn {
    return parseOrThrow(value);
  },
  parseLiteral(ast: ValueNode): Tn {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) {
      throw new GraphQLError('A telephone number must be given as a string (or a ten-digit number), e.g. "3125550100".', {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseOrThrow(ast.value, ast);
  },
});

/**
 * Dates. Timestamps are graphql-scalars' `DateTime` (RFC 3339, always output
 * in UTC: "2026-11-22T22:52:19.981Z"); calendar dates are `LocalDate`
 * ("2026-11-22": no time, no zone), also used for date inputs. The upstream
 * mappers already normalise the carrier's many formats into these two
 * (src/upstream/wire/timestamps.ts parseCarrierTimestamp), so resolvers pass strings.
 */
export const DateTimeScalar = refusingAsUserInput(DateTimeResolver);
export const LocalDateScalar = refusingAsUserInput(LocalDateResolver);

/**
 * The same scalar, but a value it refuses is a BAD_USER_INPUT error (like a
 * bad TN), inline or as a variable. graphql-scalars throws uncoded errors,
 * which Apollo reports as GRAPHQL_VALIDATION_FAILED when written inline.
 */
function refusingAsUserInput<TInternal, TExternal>(
  scalar: GraphQLScalarType<TInternal, TExternal>,
): GraphQLScalarType<TInternal, TExternal> {
  const config = scalar.toConfig();
  const asUserInput = (error: unknown, node?: ValueNode): GraphQLError =>
    new GraphQLError(error instanceof Error ? error.message : String(error), {
      ...(node ? { nodes: node } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return new GraphQLScalarType({
    ...config,
    parseValue(value) {
      try {
        return config.parseValue(value);
      } catch (error) {
        throw asUserInput(error);
      }
    },
    parseLiteral(ast, variables) {
      try {
        return config.parseLiteral(ast, variables);
      } catch (error) {
        throw asUserInput(error, ast);
      }
    },
  });
}
