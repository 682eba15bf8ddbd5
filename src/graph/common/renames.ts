/**
 * A renamed input field stays accepted for one release under its former
 * name (docs/SCHEMA-CONVENTIONS.md, Deprecation). Before any rule runs, the
 * value moves to the new name, so every rule and error path speaks the new
 * name; giving both names is a CONFLICT at the former one.
 */
import { UserErrorCode } from './user-error.js';
import type { Issues, Path } from './validation.js';

const given = (v: unknown) => v !== undefined && v !== null;

export function resolveRenamed<T extends object>(
  issues: Issues | null,
  path: Path,
  input: T | null | undefined,
  to: keyof T,
  from: keyof T,
): void {
  if (!input || !given(input[from])) return;
  if (given(input[to])) {
    issues?.add([...path, String(from)], UserErrorCode.CONFLICT, `Give ${String(to)} once: ${String(from)} is its former name.`);
    return;
  }
  input[to] = input[from];
  input[from] = undefined as T[keyof T];
}
