/**
 * Every ```graphql block of the README runs, in order, against a fresh stack
 * without errors: the examples a new user copies into GraphiQL stay true.
 */
import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const operations = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .flatMap((m) => parse(m[1]!).definitions)
  .map((definition) => print(definition));

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

describe('README examples', () => {
  it('has examples', () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
  });

  it.each(operations.map((op, i) => [i, op.split('\n')[0]!, op] as const))('#%i %s runs without errors', async (_i, _title, operation) => {
    const res = await stack.gql(operation);
    expect(res.errors).toBeUndefined();
    const payloads = Object.values(res.data ?? {}) as { userErrors?: unknown[] }[];
    for (const payload of payloads) if (payload && 'userErrors' in payload) expect(payload.userErrors).toEqual([]);
  });
});
