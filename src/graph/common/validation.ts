/**
 * Input validation, run in resolvers BEFORE any upstream call.
 *
 * Rules come from the Services API guide: the /tnInventory search rules
 * (L809–822) and the "Character Limits" table (~L13300–13350). Each rule
 * records an issue with a path from the argument name, so one pass reports
 * every problem at once.
 *
 * How issues reach the client (one convention for the whole graph):
 * - queries: `issues.throwIfAny()` → one BAD_USER_INPUT GraphQL error with
 *   extensions.path (first offending field) and extensions.issues (all);
 * - mutations: `issues.toUserErrors()` → the payload's `userErrors`, no
 *   upstream call, no GraphQL error.
 */
import { badUserInput, fieldPath, type InputIssue } from './errors.js';
import { limit } from './limits.js';
import { UserError, UserErrorCode } from './user-error.js';

export type Path = (string | number)[];

/**
 * `customerOrderReference`: "Alphanumeric order reference name". The
 * Swagger has "Character limit is exceeded for:CustomerOrderReference" (418
 * of /tnOrder) without the number; 50 is well above the documents' examples
 * (11-16 characters).
 */
export const CUSTOMER_ORDER_REFERENCE = limit({
  maxLength: 50,
  chars: { pattern: /^[A-Za-z0-9]+$/, rule: 'must be alphanumeric (letters and digits only)' },
});

export class Issues {
  readonly list: InputIssue[] = [];

  get ok(): boolean {
    return this.list.length === 0;
  }

  add(field: Path, code: UserErrorCode, message: string): this {
    this.list.push({ path: field, code, message });
    return this;
  }

  /** A value must be present (not null/undefined/blank). */
  required(field: Path, value: unknown, what = 'This field'): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(field, UserErrorCode.REQUIRED, `${what} is required (${fieldPath(field)}).`);
      return false;
    }
    return true;
  }

  /** Character limit from the guide; also refuses blank-but-present strings only when `nonBlank`. */
  maxLength(field: Path, value: string | null | undefined, max: number, opts: { nonBlank?: boolean } = {}): void {
    if (value === undefined || value === null) return;
    if (opts.nonBlank && value.trim() === '') {
      this.add(field, UserErrorCode.REQUIRED, `${fieldPath(field)} must not be blank.`);
      return;
    }
    if (value.length > max) {
      this.add(field, UserErrorCode.TOO_LONG, `${fieldPath(field)} must be at most ${max} characters (got ${value.length}).`);
    }
  }

  pattern(field: Path, value: string | null | undefined, re: RegExp, message: string): void {
    if (value === undefined || value === null) return;
    if (!re.test(value)) this.add(field, UserErrorCode.INVALID, message);
  }

  intRange(field: Path, value: number | null | undefined, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add(field, UserErrorCode.OUT_OF_RANGE, `${fieldPath(field)} must be an integer from ${min} to ${max} (got ${value}).`);
    }
  }

  /** The carrier's customerOrderReference (CUSTOMER_ORDER_REFERENCE); its characters are checked before its length. */
  customerOrderReference(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    const { chars, maxLength } = CUSTOMER_ORDER_REFERENCE;
    this.pattern(field, value, chars.pattern, `${fieldPath(field)} ${chars.rule}.`);
    this.maxLength(field, value, maxLength);
  }

  /** A list that must not be empty; returns false when it is. */
  nonEmpty(field: Path, list: readonly unknown[] | null | undefined, what: string): boolean {
    if (!list || list.length === 0) {
      this.add(field, UserErrorCode.REQUIRED, `At least one ${what} is required.`);
      return false;
    }
    return true;
  }

  /** Flags every repeat of a key in a list (e.g. the same TN twice in one request). */
  noDuplicates<T>(list: readonly T[], key: (item: T) => string, itemField: (index: number) => Path, what: string): void {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined) {
        this.add(
          itemField(index),
          UserErrorCode.DUPLICATE,
          `${what} ${k} appears more than once (first at ${fieldPath(itemField(first))}).`,
        );
      } else {
        seen.set(k, index);
      }
    });
  }

  /** Query convention: throw one BAD_USER_INPUT error. */
  throwIfAny(): void {
    if (!this.ok) throw badUserInput(this.list);
  }

  /** Mutation convention: the payload's userErrors. */
  toUserErrors(): UserError[] {
    return this.list.map((i) => UserError.of(i.path, i.code as UserErrorCode, i.message));
  }
}

// ---------------------------------------------------------------------------
// Shared field rules

export const TN_MASK = /^[0-9xX ]{10}$/;
export const TN_MASK_MESSAGE =
  'must be exactly 10 characters of 0-9, x, X or space (x, X and space each match any digit), e.g. "312xxxxxxx".';
export const TN_WILDCARD = /^[0-9A-Za-z*?]+$/;
export const LATA = /^\d{3}$/;
export const PROVINCE = /^[A-Za-z]{2}$/;
/** Postal codes: digits for the US, letters and spaces for Canada ("Alphanumeric, spaces allowed"). */
export const POSTAL_CODE = /^[A-Za-z0-9 ]+$/;

/** Validate a ten-character /tnDetail or /tnInventory mask. */
export function checkTnMask(issues: Issues, field: Path, mask: string | null | undefined): void {
  issues.pattern(field, mask, TN_MASK, `${fieldPath(field)} ${TN_MASK_MESSAGE}`);
}

export function checkLata(issues: Issues, field: Path, lata: string | null | undefined): void {
  issues.pattern(field, lata, LATA, `${fieldPath(field)} must be three digits.`);
}

export function checkProvince(issues: Issues, field: Path, province: string | null | undefined): void {
  issues.pattern(field, province, PROVINCE, `${fieldPath(field)} must be a two-letter state or province abbreviation.`);
}
