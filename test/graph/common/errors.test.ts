import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, formatError, parseFieldPath, upstreamToGraphQLError } from '../../../src/graph/common/errors.js';
import { UpstreamError, type UpstreamErrorKind } from '../../../src/upstream/core/errors.js';
import { createFake, depsFor, run } from '../helpers.js';

describe('UpstreamError mapping', () => {
  it.each<[UpstreamErrorKind, string]>([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['REJECTED', 'UPSTREAM_REJECTED'],
    ['UNAUTHENTICATED', 'UPSTREAM_UNAUTHENTICATED'],
    ['LIMIT_EXCEEDED', 'UPSTREAM_LIMIT_EXCEEDED'],
    ['UNAVAILABLE', 'UPSTREAM_UNAVAILABLE'],
    ['TIMEOUT', 'UPSTREAM_TIMEOUT'],
  ])('%s → %s', (kind, code) => {
    const mapped = upstreamToGraphQLError(new UpstreamError(kind, 'tnDetail', '414', 'Invalid Trunk Group'));
    expect(mapped.extensions.code).toBe(code);
  });

  it('REJECTED carries the carrier statusCode and message', () => {
    const mapped = upstreamToGraphQLError(
      new UpstreamError('REJECTED', 'tnUpdate', '409', 'Invalid Input parameters: Invalid Trunk Group'),
    );
    expect(mapped.extensions.upstreamStatusCode).toBe('409');
    expect(mapped.message).toContain('Invalid Trunk Group');
  });

  it('UNAUTHENTICATED does not echo the carrier text', () => {
    const mapped = upstreamToGraphQLError(new UpstreamError('UNAUTHENTICATED', 'tnDetail', '410', 'Private Key is not valid.'));
    expect(mapped.message).not.toContain('Private Key');
  });

  it('errors from resolvers leave with the mapped code', async () => {
    const fake = createFake({
      numbers: {
        tnDetail: async () => {
          throw new UpstreamError('TIMEOUT', 'tnDetail', 'ETIMEDOUT', 'timed out');
        },
      },
    });
    const result = await run(depsFor(fake), `{ telephoneNumber(tn: "3125550100") { tn } }`);
    expect(result.data?.telephoneNumber).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('a mutation rejected by the carrier is UPSTREAM_REJECTED and called once (never retried)', async () => {
    let calls = 0;
    const fake = createFake({
      numbers: {
        tnDisconnect: async () => {
          calls++;
          throw new UpstreamError('UNAVAILABLE', 'tnDisconnect', 'HTTP 503', 'Service Unavailable');
        },
      },
    });
    const result = await run(depsFor(fake), `mutation { disconnectTelephoneNumbers(input: { tns: ["3125550100"] }) { orderId } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(calls).toBe(1);
  });

  it('order(id:) answers null for an unknown order', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `{ order(id: "999") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.order).toBeNull();
  });
});

describe('formatError', () => {
  it('hides internal errors', () => {
    const internal = new GraphQLError('boom', { originalError: new Error('db password is hunter2') });
    const out = formatError(
      { message: 'db password is hunter2', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      internal,
    );
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps stable codes and drops stack traces', () => {
    const err = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', field: 'search.radius' } });
    const out = formatError({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'search.radius', stacktrace: ['x'] } }, err);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search.radius' });
  });

  it('maps an UpstreamError that escaped the resolvers', () => {
    const source = new UpstreamError('LIMIT_EXCEEDED', 'tnReserve', '431', 'Request exceeds the maximum number of reserved TNs');
    const wrapped = new GraphQLError(source.message, { originalError: source });
    const out = formatError({ message: source.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out.extensions?.code).toBe('UPSTREAM_LIMIT_EXCEEDED');
    expect(out.extensions?.upstreamStatusCode).toBe('431');
    expect(out.path).toEqual(['x']);
  });

  it('turns Apollo GRAPHQL_VALIDATION_FAILED from a bad scalar literal into BAD_USER_INPUT', () => {
    const scalarError = new GraphQLError('not a TN', { extensions: { code: 'BAD_USER_INPUT' } });
    const apollo = new GraphQLError('not a TN', { originalError: scalarError, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const out = formatError({ message: 'not a TN', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, apollo);
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a coerced variable error the path shape of userErrors, and keeps the dotted field for one release', () => {
    const message = 'Variable "$input" got invalid value "312" at "input.numbers[0]"; Expected a ten-digit number.';
    const err = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    const out = formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, err);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', path: ['input', 'numbers', '0'], field: 'input.numbers[0]' });
  });
});

describe('error paths', () => {
  it('BAD_USER_INPUT carries extensions.path, and each issue its path', () => {
    const error = badUserInput([
      { path: ['search', 'areaCode'], code: 'INVALID', message: 'an area code is three digits' },
      { path: ['filter', 'numbers', 2], code: 'INVALID', message: 'bad' },
    ]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['search', 'areaCode'],
      field: 'search.areaCode',
      issues: [
        { path: ['search', 'areaCode'], field: 'search.areaCode', code: 'INVALID' },
        { path: ['filter', 'numbers', '2'], field: 'filter.numbers[2]', code: 'INVALID' },
      ],
    });
  });

  it('parses graphql-js dotted paths', () => {
    expect(parseFieldPath('input.tns[0]')).toEqual(['input', 'tns', '0']);
    expect(parseFieldPath('input.numbers[12].note')).toEqual(['input', 'numbers', '12', 'note']);
    expect(parseFieldPath('input')).toEqual(['input']);
  });

  it('a `first` above 500 is BAD_USER_INPUT at ["first"], before any call', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), '{ telephoneNumbers(first: 501) { totalCount } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['first'] });
    expect(fake.count('tnDetail')).toBe(0);
  });
});
