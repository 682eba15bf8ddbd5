/**
 * Checks before any carrier call: the address limits are declared once on E911AddressInput (numbers
 * domain) and enforced by checkE911; here are the required groups and the e-mail rules.
 */
import { Issues, type Path } from '../common/validation.js';
import { UserErrorCode } from '../common/user-error.js';
import type { E911AddressInput } from '../numbers/numbers.input.js';
import { checkE911 } from '../numbers/numbers.validation.js';
import { ADDRESS_REQUIRED, EMAIL, MAX_NOTIFICATION_EMAILS } from './e911.limits.js';

/** `name` is required where a number is involved (/tnE911, /tnE911Validate), not for an address alone. */
export function checkAddress(issues: Issues, path: Path, address: E911AddressInput, requireName: boolean): void {
  checkE911(issues, path, address, false);
  const required = requireName ? (['name', ...ADDRESS_REQUIRED] as const) : ADDRESS_REQUIRED;
  for (const key of required) issues.required([...path, key], address[key], 'An E911 address field');
}

export function checkEmails(issues: Issues, path: Path, emails: readonly string[]): void {
  if (!issues.nonEmpty(path, emails, 'e-mail address')) return;
  if (emails.length > MAX_NOTIFICATION_EMAILS) {
    issues.add(path, UserErrorCode.TOO_LONG, `At most ${MAX_NOTIFICATION_EMAILS} e-mail addresses per number (got ${emails.length}).`);
  }
  emails.forEach((email, i) => {
    const at = [...path, i];
    if (email.length > EMAIL.maxLength) {
      issues.add(at, UserErrorCode.TOO_LONG, `An e-mail address has at most ${EMAIL.maxLength} characters (got ${email.length}).`);
    } else if (!EMAIL.pattern.test(email)) {
      issues.add(at, UserErrorCode.INVALID, `"${email}" is not a fully qualified e-mail address (e.g. noc@example.com).`);
    }
  });
  issues.noDuplicates(
    emails,
    (e) => e.toLowerCase(),
    (i) => [...path, i],
    'E-mail address',
  );
}
