/** A limit declared on a field gives both the field's description and its validation. */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { Query, Resolver } from 'type-graphql';
import { isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { atMost, checkLimit, checkLimits, LimitedField, LimitedInputType, limitsOf } from '../../../src/graph/common/limits.js';
import { Issues } from '../../../src/graph/common/validation.js';
import { EndUserInput } from '../../../src/graph/numbers/numbers.input.js';

const DIGITS = { pattern: /^\d+$/, rule: 'must be digits only' };

// Decorators applied by hand: test files are not compiled with TypeScript's decorators.
class SampleInput {
  code?: string | null;
  tags?: string[] | null;
}
LimitedField({ maxLength: 4, nonBlank: true, chars: DIGITS }, atMost('A code'))(SampleInput.prototype, 'code');
LimitedField({ maxItems: 2 }, (l) => `At most ${l.maxItems} tags.`, { type: () => [String] })(SampleInput.prototype, 'tags');
LimitedInputType((f) => `A sample. Limits: code ${f.get('code')!.maxLength}.`)(SampleInput);

class SampleResolver {
  ping(): string {
    return 'pong';
  }
}
Query(() => String)(SampleResolver.prototype, 'ping', Object.getOwnPropertyDescriptor(SampleResolver.prototype, 'ping')!);
Resolver()(SampleResolver);

const issuesOf = (input: Partial<SampleInput>) => {
  const issues = new Issues();
  checkLimits(issues, ['input'], input, SampleInput);
  return issues.list.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('declared limits', () => {
  it('render the field and type descriptions', async () => {
    const schema = await buildSchema({ resolvers: [SampleResolver], orphanedTypes: [SampleInput], validate: false });
    const type = schema.getType('SampleInput');
    if (!isInputObjectType(type)) throw new Error('SampleInput missing');
    expect(type.description).toBe('A sample. Limits: code 4.');
    expect(type.getFields()['code']!.description).toBe('A code (at most 4 characters).');
    expect(type.getFields()['tags']!.description).toBe('At most 2 tags.');
  });

  it('validate length, blankness, characters and list size, in declaration order', () => {
    expect(issuesOf({ code: '12' })).toEqual([]);
    expect(issuesOf({ code: '12345' })).toEqual(['input.code:TOO_LONG']);
    expect(issuesOf({ code: ' ' })).toEqual(['input.code:REQUIRED', 'input.code:INVALID']);
    expect(issuesOf({ code: '1a', tags: ['a', 'b', 'c'] })).toEqual(['input.code:INVALID', 'input.tags:TOO_LONG']);
    expect(issuesOf({})).toEqual([]);
  });

  it('checkLimit takes one value against one declaration', () => {
    const issues = new Issues();
    checkLimit(issues, ['note'], 'x'.repeat(11), { maxLength: 10 });
    expect(issues.list[0]?.message).toBe('note must be at most 10 characters (got 11).');
  });

  it("the guide's Character Limits are declared on the input fields", () => {
    expect([...limitsOf(EndUserInput).entries()].map(([name, l]) => `${name} ${l.maxLength}`)).toEqual([
      'name 32',
      'streetNum 10',
      'streetPreDir 2',
      'streetName 50',
      'streetType 10',
      'city 32',
      'state 2',
      'postalCode 10',
    ]);
  });
});
