/** Assertions shared by the end-to-end tests. */
import { expect } from 'vitest';
import type { GraphQLResponse, Stack } from './stack.js';

/** The data of a response that must have no errors. */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

/** The single error of a failed response. */
export function onlyError(res: GraphQLResponse) {
  expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
  return res.errors![0]!;
}

/** Runs `fn` and asserts the sandbox recorded no Services call meanwhile: bad input never reaches the carrier. */
export async function withoutUpstreamCalls<T>(stack: Stack, fn: () => Promise<T>): Promise<T> {
  await stack.control.clearCalls();
  const result = await fn();
  expect(await stack.control.servicesCalls()).toEqual([]);
  return result;
}
