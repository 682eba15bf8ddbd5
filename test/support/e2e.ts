/**
 * A fresh stack for every test of a file: each test starts from the seeded
 * sandbox, a new manual clock and an empty read cache, so no state or cache
 * entry leaks between tests. Starting one is cheap (tens of ms); the cost of
 * an e2e file is its module imports, which the file's tests share.
 */
import { afterEach, beforeEach } from 'vitest';
import { startStack, type Stack, type StackOptions } from './stack.js';

/** Registers the per-test start and close; the returned stack stands for the running test's own. */
export function stackPerTest(options?: StackOptions): Stack {
  let current: Stack | undefined;
  beforeEach(async () => {
    current = await startStack(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  // A proxy, so test bodies keep writing `stack.request(…)` although each test has its own.
  return new Proxy({} as Stack, {
    get(_target, key) {
      if (!current) throw new Error('the e2e stack is only available inside a test');
      return current[key as keyof Stack];
    },
  });
}
