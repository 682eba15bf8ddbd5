/**
 * The single mapping from failures to GraphQL errors. Resolvers let an
 * UpstreamError propagate as it is; formatError (Apollo Server's hook, the
 * one place every error of a response passes through, whether it came from
 * a type-graphql resolver, a loader or a federation __resolveReference)
 * turns it into its public form, and errorCodeOf gives the same code to
 * the operation log.
 *
 * Conventions (see also common/validation.ts):
 * - Invalid query arguments → GraphQLError with extensions.code BAD_USER_INPUT,
 *   extensions.path (path of the first offending argument field, the shape of
 *   UserError.path: ["search", "areaCode"]) and extensions.issues (all
 *   problems found, each with path/code/message). extensions.field (the
 *   dotted form) is kept for one release.
 * - Invalid mutation input → the payload's `userErrors` (the client can act
 *   on them field by field); nothing is sent upstream. The TN scalar is the
 *   exception: its errors are raised by GraphQL itself before any resolver
 *   runs, so they are always BAD_USER_INPUT errors.
 * - UpstreamError → a GraphQLError with a stable code per kind (below).
 * - Anything else → INTERNAL_SERVER_ERROR without details.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { UpstreamError, type UpstreamErrorKind } from '../../upstream/core/errors.js';
import { OPERATIONS } from '../../upstream/domains.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UPSTREAM_REJECTED: 'UPSTREAM_REJECTED',
  UPSTREAM_UNAUTHENTICATED: 'UPSTREAM_UNAUTHENTICATED',
  UPSTREAM_LIMIT_EXCEEDED: 'UPSTREAM_LIMIT_EXCEEDED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_CALL_BUDGET_EXCEEDED: 'UPSTREAM_CALL_BUDGET_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODE_BY_KIND: Record<UpstreamErrorKind, ErrorCode> = {
  NOT_FOUND: ErrorCode.NOT_FOUND,
  REJECTED: ErrorCode.UPSTREAM_REJECTED,
  UNAUTHENTICATED: ErrorCode.UPSTREAM_UNAUTHENTICATED,
  LIMIT_EXCEEDED: ErrorCode.UPSTREAM_LIMIT_EXCEEDED,
  UNAVAILABLE: ErrorCode.UPSTREAM_UNAVAILABLE,
  TIMEOUT: ErrorCode.UPSTREAM_TIMEOUT,
};

/**
 * Messages a client sees per kind. The carrier's own text is only passed on
 * for REJECTED and LIMIT_EXCEEDED, where it tells the user what to change;
 * for the others it is operational detail (and UNAUTHENTICATED is about the
 * gateway's credentials, not the caller's).
 */
function messageFor(error: UpstreamError): string {
  switch (error.kind) {
    case 'NOT_FOUND':
      return `Not found (carrier operation ${error.operation}).`;
    case 'REJECTED':
      return `The carrier rejected the request: ${error.message}`;
    case 'LIMIT_EXCEEDED':
      return `A carrier limit was exceeded: ${error.message}`;
    case 'UNAUTHENTICATED':
      return 'The gateway could not authenticate with the carrier.';
    case 'UNAVAILABLE':
      return isWrite(error)
        ? `The carrier's answer to ${error.operation} was lost or unreadable, so the change may or may not have been made: read the current state before trying again.`
        : 'The carrier is unavailable; try again later.';
    case 'TIMEOUT':
      return isWrite(error)
        ? `The carrier did not answer ${error.operation} in time, so the change may or may not have been made: read the current state before trying again.`
        : 'The carrier did not answer in time; try again later.';
  }
}

/** A write whose answer was lost may have been carried out: "try again" would be bad advice. */
function isWrite(error: UpstreamError): boolean {
  return (OPERATIONS as Record<string, string>)[error.operation] === 'write';
}

/** UpstreamError → GraphQLError with a stable extensions.code. */
export function upstreamToGraphQLError(error: UpstreamError): GraphQLError {
  const extensions: Record<string, unknown> = {
    code: CODE_BY_KIND[error.kind],
    upstreamOperation: error.operation,
  };
  // The carrier's statusCode helps support and lets a client tell e.g. 431
  // apart; it never carries credentials (see upstream/errors.ts).
  if (error.kind === 'REJECTED' || error.kind === 'LIMIT_EXCEEDED' || error.kind === 'NOT_FOUND') {
    extensions.upstreamStatusCode = error.statusCode;
  }
  if ((error.kind === 'UNAVAILABLE' || error.kind === 'TIMEOUT') && isWrite(error)) extensions.outcomeUnknown = true;
  return new GraphQLError(messageFor(error), { originalError: error, extensions });
}

/** Is this an UpstreamError of kind NOT_FOUND (used to return null for single lookups)? */
export function isUpstreamNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'NOT_FOUND';
}

/**
 * A write's failure the caller can act on: the carrier's refusal (REJECTED, and NOT_FOUND where it names the input),
 * which the mutation turns into a userError. Anything else (the carrier down, a bad answer) is rethrown for
 * formatError to map.
 */
export function assertCarrierRefusal(error: unknown, kinds: readonly UpstreamErrorKind[] = ['REJECTED']): asserts error is UpstreamError {
  if (!(error instanceof UpstreamError) || !kinds.includes(error.kind)) throw error;
}

export interface InputIssue {
  /** Path from the argument name, e.g. ["search", "radius"] or ["input", "numbers", 2, "tn"]. */
  path: (string | number)[];
  code: string;
  message: string;
}

/** Dotted rendering of an issue path: input.numbers[2].tn */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/** The one path shape of errors (UserError.path, extensions.path): list indexes as strings. */
export const pathOf = (path: readonly (string | number)[]): string[] => path.map(String);

/** "input.tns[0]" (graphql-js' rendering in messages) → ["input", "tns", "0"]. */
export function parseFieldPath(dotted: string): string[] {
  return dotted.split(/\.|\[(\d+)\]/).filter((part): part is string => part !== undefined && part !== '');
}

/** A BAD_USER_INPUT error naming the first offending field and listing all issues. */
export function badUserInput(issues: InputIssue[]): GraphQLError {
  const first = issues[0]!;
  const message = issues.length === 1 ? first.message : `${first.message} (and ${issues.length - 1} more problem(s))`;
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      path: pathOf(first.path),
      // Deprecated: the dotted form, kept for one release (CHANGELOG).
      field: fieldPath(first.path),
      issues: issues.map((i) => ({ path: pathOf(i.path), field: fieldPath(i.path), code: i.code, message: i.message })),
    },
  });
}

/** Codes that may reach a client as they are; anything else is internal. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo Server's own request-level codes.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function originalOf(error: unknown): unknown {
  let current = error;
  // Apollo and graphql-js wrap errors (locatedError, unwrapResolverError); walk to the source.
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

/**
 * graphql-js names where a variable failed to coerce only in its message:
 * `Variable "$input" got invalid value "312" at "input.tns[0]"; …`. Lifted
 * into extensions.path (and the deprecated dotted extensions.field), so a bad TN in a mutation's variables points at its
 * field like every other input problem.
 */
const VARIABLE_COERCION = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value .*? at "([^"]+)";/s;
const VARIABLE_WITHOUT_PATH = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" (?:got invalid value|of required type|of non-null type)/;

function variableFieldOf(message: string): string | undefined {
  const withPath = VARIABLE_COERCION.exec(message);
  if (withPath) return withPath[2];
  return VARIABLE_WITHOUT_PATH.exec(message)?.[1];
}

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

function hasBadUserInputCause(error: unknown): boolean {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError; i++) {
    if (current.extensions?.code === ErrorCode.BAD_USER_INPUT) return true;
    current = current.originalError;
  }
  return false;
}

function withoutInternals(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { stacktrace: _s, exception: _e, ...rest } = extensions ?? {};
  return rest;
}

/**
 * Apollo Server `formatError`: keeps the stable codes above (and the fields
 * that go with them), maps every UpstreamError, and reduces everything else to INTERNAL_SERVER_ERROR with no message
 * details, stack or exception data.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const source = originalOf(error);
  if (source instanceof UpstreamError) {
    const mapped = upstreamToGraphQLError(source);
    return {
      message: mapped.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...mapped.extensions },
    };
  }
  let code = formatted.extensions?.code;
  // Apollo reports an invalid literal argument (e.g. a bad TN written inline)
  // as GRAPHQL_VALIDATION_FAILED; when the scalar itself said BAD_USER_INPUT,
  // keep that so clients see one code for bad input however it was sent.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && hasBadUserInputCause(error)) code = ErrorCode.BAD_USER_INPUT;
  // graphql-js stops coercing variables after 50 errors with an uncoded error
  // that Apollo would report as internal; it is the caller's input too.
  if (originalOf(error) instanceof GraphQLError && TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) code = ErrorCode.BAD_USER_INPUT;
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const extensions = withoutInternals(formatted.extensions as Record<string, unknown>);
    const field = code === ErrorCode.BAD_USER_INPUT && extensions['field'] === undefined ? variableFieldOf(formatted.message) : undefined;
    return { ...formatted, extensions: { ...extensions, code, ...(field ? { path: parseFieldPath(field), field } : {}) } };
  }
  // Without Apollo in front, graphql-js' own validation/coercion errors carry
  // no code and no original error; they describe the request, so keep them.
  if (code === undefined && error instanceof GraphQLError && !error.originalError) {
    return {
      ...formatted,
      extensions: { ...withoutInternals(formatted.extensions as Record<string, unknown>), code: ErrorCode.BAD_USER_INPUT },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** The code a client sees for this error (what formatError makes of it), for logs and metrics. */
export function errorCodeOf(error: GraphQLError): string {
  const code = formatError(error.toJSON(), error).extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
