import { describe, expect, it } from 'vitest';
import { createFake, depsFor, run } from '../helpers.js';

describe('an order named by id or customerOrderReference', () => {
  it('order(): exactly one of id or customerOrderReference', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `{ order(id: "1", customerOrderReference: "ABC") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fake.count('orderDetail')).toBe(0);
  });
});
