/**
 * Upstream failures reach GraphQL with stable extensions.code values; writes
 * are never retried blindly; no key, secret or token reaches a response or a
 * log line, whatever fails.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/index.js';
import { startStack, type Stack } from '../support/stack.js';

const SECRETS = [SANDBOX_CREDENTIALS.apiKey, SANDBOX_CREDENTIALS.apiSecret, SANDBOX_CREDENTIALS.privateKey];

function expectNoSecrets(text: string, extra: string[] = []) {
  for (const secret of [...SECRETS, ...extra]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/Bearer\s+\S/i);
  expect(text).not.toMatch(/Basic\s+[A-Za-z0-9+/=]{8,}/);
}

describe('upstream failures', () => {
  let stack: Stack;
  const logLines: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'debug', UPSTREAM_TIMEOUT_MS: '400' }, logLines });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(async () => {
    await stack.control.reset();
    await stack.control.latency(0);
  });

  it('maps a carrier that keeps failing to UPSTREAM_UNAVAILABLE on the field, after retrying the read', async () => {
    await stack.control.fault({ operation: 'tnDetail', times: 10, httpStatus: 503 });
    const res = await stack.gql(`{ telephoneNumber(tn: "3123489654") { tn } trunkGroups { name } }`);
    expect(res.data!.telephoneNumber).toBeNull();
    expect(res.data!.trunkGroups!.length).toBeGreaterThan(0); // the rest of the query still answers
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['telephoneNumber'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.errors![0]!.extensions).not.toHaveProperty('stacktrace');
    expect((await stack.control.servicesCalls('tnDetail')).length).toBe(3); // first try + 2 retries
  });

  it('maps a carrier refusal to UPSTREAM_REJECTED with the carrier’s status code and message', async () => {
    await stack.control.fault({ operation: 'orderList', statusCode: '416', status: 'Invalid Input Parameters: pageSort' });
    const res = await stack.gql(`{ orders(first: 5) { totalCount } }`);
    expect(res.errors![0]).toMatchObject({
      message: expect.stringContaining('Invalid Input Parameters: pageSort'),
      extensions: { code: 'UPSTREAM_REJECTED', upstreamStatusCode: '416' },
    });
  });

  it('the reserve limit is a LIMIT_REACHED userError at the numbers, not a top-level error', async () => {
    await stack.control.account({ maxReservedTns: 1 });
    const search = await stack.gql(
      `{ availableTelephoneNumbers(first: 2, search: { areaCode: "318", exchange: "407" }) { nodes { tn } } }`,
    );
    const tns = search.data!.availableTelephoneNumbers!.nodes.map((n: { tn: string }) => n.tn);
    const res = await stack.gql(
      `mutation($tns: [TN!]!) { reserveTelephoneNumbers(input: { numbers: $tns }) { succeededCount numbers { tn } userErrors { path code message } } }`,
      { tns },
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.reserveTelephoneNumbers!;
    expect(payload.userErrors).toEqual([
      { path: ['input', 'numbers'], code: 'LIMIT_REACHED', message: expect.stringMatching(/nothing was reserved/) },
    ]);
    expect(payload.numbers).toEqual([]);
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);
  });

  it('never retries a write: one failed tnReserve is one upstream call and a clear error', async () => {
    await stack.control.fault({ operation: 'tnReserve', times: 5, httpStatus: 500 });
    const res = await stack.gql(`mutation { reserveTelephoneNumbers(input: { tns: ["3184074101"] }) { succeededCount } }`);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', outcomeUnknown: true });
    // A lost answer to a write is no reason to "try again": it may have been carried out.
    expect(res.errors![0]!.message).toMatch(/may or may not have been made: read the current state before trying again/);
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);
  });

  it('two mutations in one request: the one that worked keeps its answer when the other fails', async () => {
    await stack.control.fault({ operation: 'tnRelease', httpStatus: 500 });
    const res = await stack.gql(`mutation {
      a: reserveTelephoneNumbers(input: { tns: ["3184074102"] }) { succeededCount }
      b: releaseTelephoneNumbers(input: { tns: ["3184074103"] }) { succeededCount }
    }`);
    expect(res.data).toEqual({ a: { succeededCount: 1 }, b: null });
    expect(res.errors?.map((e) => [e.path, e.extensions?.['code'], e.extensions?.['outcomeUnknown']])).toEqual([
      [['b'], 'UPSTREAM_UNAVAILABLE', true],
    ]);
  });

  it('never retries a write after a dropped connection either', async () => {
    await stack.control.fault({ operation: 'tnNoteUpdate', times: 5, dropConnection: true });
    const res = await stack.gql(
      `mutation { updateTelephoneNumberNote(input: { numbers: [{ tn: "3123489655", note: "x" }] }) { userErrors { message } } }`,
    );
    expect(res.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await stack.control.servicesCalls('tnNoteUpdate')).toHaveLength(1);
  });

  it('maps a slow carrier to UPSTREAM_TIMEOUT', async () => {
    await stack.control.latency(1_500);
    const res = await stack.gql(`{ order(id: "1025002") { id } }`);
    expect(res.errors![0]!.extensions!.code).toBe('UPSTREAM_TIMEOUT');
    expect(res.errors![0]!.extensions!['outcomeUnknown']).toBeUndefined();
    expect(res.errors![0]!.message).toMatch(/try again later/);
  });

  it('refreshes a revoked token once, invisibly to the client', async () => {
    await stack.control.revokeTokens();
    const res = await stack.gql(`{ trunkGroups { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.trunkGroups!.length).toBeGreaterThan(0);
  });

  it('logs nothing secret while all of this happens', () => {
    expect(logLines.length).toBeGreaterThan(10); // debug level: every upstream call is logged
    expectNoSecrets(logLines.join('\n'));
  });
});

describe('wrong credentials', () => {
  let stack: Stack;
  const logLines: string[] = [];
  const WRONG_SECRET = 'wrong-secret-4f1d9c';

  beforeAll(async () => {
    stack = await startStack({ env: { INTELIQUENT_API_SECRET: WRONG_SECRET, LOG_LEVEL: 'debug' }, logLines });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('answers UPSTREAM_UNAUTHENTICATED without echoing any credential', async () => {
    const res = await stack.gql(`{ telephoneNumber(tn: "3123489651") { tn } }`);
    expect(res.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAUTHENTICATED');
    expectNoSecrets(JSON.stringify(res), [WRONG_SECRET]);
    expectNoSecrets(logLines.join('\n'), [WRONG_SECRET]);
  });

  it('reports not ready on /readyz', async () => {
    const res = await fetch(stack.gateway.graphqlUrl.replace('/graphql', '/readyz'));
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({ ready: false, upstream: 'carrier', reason: 'upstream unauthenticated' });
    expectNoSecrets(JSON.stringify(body), [WRONG_SECRET]);
  });
});

describe('Basic auth', () => {
  it('works against the same carrier emulation with INTELIQUENT_AUTH=basic', async () => {
    const stack = await startStack({ env: { INTELIQUENT_AUTH: 'basic', INTELIQUENT_TOKEN_URL: '' } });
    try {
      const res = await stack.gql(`{ trunkGroups { name } }`);
      expect(res.data!.trunkGroups!.length).toBeGreaterThan(0);
      const calls = await stack.control.calls();
      expect(calls.some((c) => c.operation === 'oauth2/token')).toBe(false);
      expect(calls.every((c) => c.auth === 'basic')).toBe(true);
    } finally {
      await stack.close();
    }
  });
});

describe('bad scalar values, inline or as variables', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('are BAD_USER_INPUT whichever scalar refuses them, and reach no carrier operation', async () => {
    await stack.control.clearCalls();
    const inlineDate = await stack.gql('{ orders(filter: { createdFrom: "2024-13-01" }) { totalCount } }');
    const variableDate = await stack.gql('query($d: LocalDate) { orders(filter: { createdFrom: $d }) { totalCount } }', {
      d: '2024-13-01',
    });
    const inlineTn = await stack.gql('{ telephoneNumber(tn: "312555010") { tn } }');
    const variableTn = await stack.gql('query($tn: TN!) { telephoneNumber(tn: $tn) { tn } }', { tn: '312555010' });
    for (const res of [inlineDate, variableDate, inlineTn, variableTn]) {
      expect(res.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    }
    expect(await stack.control.servicesCalls()).toEqual([]);
  });

  it('one bad root field does not take the others down: root lists and connections are nullable', async () => {
    const res = await stack.gql(`{
      good: availableTelephoneNumbers(first: 2, search: { tnMask: "318407410x" }) { totalCount }
      bad: availableTelephoneNumbers(first: 2, search: { tnMask: "31840" }) { totalCount }
      trunkGroups { name }
    }`);
    expect(res.data).toMatchObject({ good: { totalCount: 10 }, bad: null, trunkGroups: expect.any(Array) });
    expect(res.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([[['bad'], 'BAD_USER_INPUT']]);
  });

  it("past graphql-js's 50-error limit for variables, still BAD_USER_INPUT (not an internal error)", async () => {
    const tns = Array.from({ length: 60 }, (_, i) => `12345${String(i).padStart(2, '0')}`);
    const res = await stack.gql('mutation($tns: [TN!]!) { reserveTelephoneNumbers(input: { tns: $tns }) { succeededCount } }', { tns });
    expect(res.errors?.length).toBeGreaterThan(1);
    for (const error of res.errors!) expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('a bad TN in mutation variables names its field, like every other input problem', async () => {
    const res = await stack.gql('mutation($input: TelephoneNumbersInput!) { reserveTelephoneNumbers(input: $input) { succeededCount } }', {
      input: { tns: ['3125550100', '312555010'] },
    });
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.tns[1]', path: ['input', 'tns', '1'] }]);
    const top = await stack.gql('query($tn: TN!) { telephoneNumber(tn: $tn) { tn } }', { tn: 'abc' });
    expect(top.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'tn', path: ['tn'] }]);
  });
});
