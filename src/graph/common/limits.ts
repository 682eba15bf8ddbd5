/**
 * A field's limits (the guide's Character Limits table, allowed characters,
 * list sizes) are declared once, on the field: `@LimitedField(limit, describe)`
 * renders the field's description from the declaration and records it, and
 * `checkLimits` validates an input object against what its class recorded.
 * Limits shared by several fields (a note, a trunk group name) are one
 * named `Limit` constant used by each of them.
 */
import { Field, InputType } from 'type-graphql';
import { fieldPath } from './errors.js';
import { UserErrorCode } from './user-error.js';
import type { Issues, Path } from './validation.js';

export interface Limit {
  /** Characters at most. */
  maxLength?: number;
  /** Present but blank is refused. */
  nonBlank?: boolean;
  /** Allowed characters: `rule` completes "<field> …", e.g. 'may contain printable ASCII characters only'. */
  chars?: { pattern: RegExp; rule: string };
  /** Items of a list at most. */
  maxItems?: number;
}

/** Typed identity, so a declaration keeps its literal members (`TN_NOTE.maxLength` is a number, not number | undefined). */
export const limit = <L extends Limit>(declared: L): L => declared;

/** "<text> (at most N characters).", the usual wording. */
export const atMost =
  (text: string) =>
  (l: Limit): string =>
    `${text} (at most ${l.maxLength} characters).`;

const declared = new WeakMap<object, Map<string, Limit>>();

/** The limits a class's fields declared, in declaration order. */
export function limitsOf(type: object): ReadonlyMap<string, Limit> {
  return declared.get(type) ?? new Map();
}

interface LimitedFieldOptions {
  /** Defaults to String. */
  type?: Parameters<typeof Field>[0] & ((...args: never[]) => unknown);
  /** Defaults to true. */
  nullable?: boolean;
}

/** `@Field` of a limited field: its description is rendered from `l`, and `checkLimits` enforces `l`. */
export function LimitedField<L extends Limit>(l: L, describe: (l: L) => string, options: LimitedFieldOptions = {}): PropertyDecorator {
  const field = Field(options.type ?? (() => String), { nullable: options.nullable ?? true, description: describe(l) });
  return (prototype, property) => {
    const type = prototype.constructor;
    const fields = declared.get(type) ?? new Map<string, Limit>();
    fields.set(String(property), l);
    declared.set(type, fields);
    field(prototype, property);
  };
}

/**
 * `@InputType` whose description may quote its fields' limits. Class
 * decorators run after the field decorators, so the limits are known here.
 */
export function LimitedInputType(describe: (fields: ReadonlyMap<string, Limit>) => string): ClassDecorator {
  return (target) => {
    InputType({ description: describe(limitsOf(target)) })(target);
  };
}

/** One limited value; absent values pass (requiredness is the caller's rule). */
export function checkLimit(issues: Issues, path: Path, value: unknown, l: Limit): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (l.maxItems !== undefined && value.length > l.maxItems) {
      issues.add(path, UserErrorCode.TOO_LONG, `${fieldPath(path)} must have at most ${l.maxItems} items (got ${value.length}).`);
    }
    return;
  }
  if (typeof value !== 'string') return;
  if (l.maxLength !== undefined) issues.maxLength(path, value, l.maxLength, { nonBlank: l.nonBlank });
  else if (l.nonBlank && value.trim() === '') issues.add(path, UserErrorCode.REQUIRED, `${fieldPath(path)} must not be blank.`);
  if (l.chars) issues.pattern(path, value, l.chars.pattern, `${fieldPath(path)} ${l.chars.rule}.`);
}

/**
 * Every limit `type`'s fields declared (or only those of `fields`, where
 * other rules must report in between), on `input`: an instance of `type`
 * or its plain-object shape.
 */
export function checkLimits(issues: Issues, path: Path, input: object | null | undefined, type: object, fields?: readonly string[]): void {
  if (!input) return;
  for (const [name, l] of limitsOf(type)) {
    if (!fields || fields.includes(name)) checkLimit(issues, [...path, name], (input as Record<string, unknown>)[name], l);
  }
}
