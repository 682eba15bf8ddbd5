/**
 * The pagination arguments of every connection field, `first` and `after`,
 * as one type-graphql @ArgsType. Every connection takes the same page size,
 * PAGE_LIMITS (default 50, at most 500: docs/SCHEMA-CONVENTIONS.md); the
 * `limits` parameter remains only until every domain has moved to them.
 * Use it after the field's own arguments, so `first` and `after` come last:
 *
 *   @PageArgsOf() { first, after }: PageArgs
 */
import { Args, ArgsType, Field, Int } from 'type-graphql';
import { PAGE_LIMITS, type PageArgs, type WindowLimits } from './connection.js';

export type PageArgsType = new () => PageArgs;

const byLimits = new Map<string, PageArgsType>();

export function pageArgs(limits: WindowLimits = PAGE_LIMITS): PageArgsType {
  const key = `${limits.defaultFirst}/${limits.maxFirst}`;
  const known = byLimits.get(key);
  if (known) return known;

  @ArgsType()
  // Declared after, first: type-graphql emits an args type's fields in reverse, and the SDL has always had first, after.
  class ConnectionPageArgs implements PageArgs {
    @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null;

    @Field(() => Int, { nullable: true, description: `Page size, 1-${limits.maxFirst} (default ${limits.defaultFirst}).` })
    first?: number | null;
  }
  byLimits.set(key, ConnectionPageArgs);
  return ConnectionPageArgs;
}

/**
 * The parameter decorator. It creates the args type when the resolver class
 * is declared: type-graphql reads its metadata before it calls any type
 * function, so a type first made inside `@Args(() => …)` would be unknown.
 */
export function PageArgsOf(limits: WindowLimits = PAGE_LIMITS): ReturnType<typeof Args> {
  const type = pageArgs(limits);
  return Args(() => type);
}
