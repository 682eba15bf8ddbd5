/** Checks of updateAccountSettings' input, before any carrier call. */
import { fieldPath } from '../common/errors.js';
import type { Issues, Path } from '../common/validation.js';
import { UserErrorCode } from '../common/user-error.js';
import { WEBHOOK_URL, type AccountContactInput, type UpdateAccountSettingsInput } from './account-settings.input.js';

/** A plain address check: the carrier documents no stricter one. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "HH:MM (e.g. 14:00)" (guide /accountDefault). */
export const PORT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A URL the carrier will call: absolute http(s) by the WHATWG parser (the one Node and browsers use), or a bare
 * host and path as the guide's example writes it, within its length limit. "" is left alone: it removes the value. The message never repeats the value,
 * which may hold a token. Credentials in the URL are refused: reads return the URL, so they would leak;
 * webhookAuthorization is the write-only place for them.
 */
export function checkHttpUrl(issues: Issues, path: Path, value: string | null | undefined, max: number): void {
  if (value === undefined || value === null || value === '') return;
  issues.maxLength(path, value, max);
  if (value.length > max) return;
  const name = fieldPath(path);
  const expected = `${name} must be an http or https URL, e.g. https://hooks.example.com/carrier (or a bare host such as hooks.example.com)`;
  // The guide's own /accountDefault example sends a bare host ("test.inteliquent.com"): a value without a scheme is
  // read as https and must then name a host with a dot in it.
  const bare = !/^[a-z][a-z\d+.-]*:/i.test(value);
  const candidate = bare ? `https://${value}` : value;
  // The parser would quietly strip surrounding spaces and encode inner ones: what is stored must be what was checked.
  if (/\s/.test(value) || !URL.canParse(candidate) || (bare && !new URL(candidate).hostname.includes('.'))) {
    issues.add(path, UserErrorCode.INVALID, `${expected}.`);
    return;
  }
  const url = new URL(candidate);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.add(path, UserErrorCode.INVALID, `${expected} (got a ${url.protocol.slice(0, -1)}: URL).`);
  } else if (url.username || url.password) {
    issues.add(
      path,
      UserErrorCode.INVALID,
      `${name} must not carry credentials: give them in webhookAuthorization, which is never returned.`,
    );
  }
}

function checkContact(issues: Issues, path: Path, contact: AccountContactInput | null | undefined): void {
  issues.pattern([...path, 'email'], contact?.email, EMAIL, `${[...path, 'email'].join('.')} is not an e-mail address.`);
}

export function checkAccountSettingsInput(issues: Issues, input: UpdateAccountSettingsInput): void {
  checkContact(issues, ['input', 'contact'], input.contact);
  input.portOutContacts?.forEach((c, i) => checkContact(issues, ['input', 'portOutContacts', i], c));
  issues.pattern(['input', 'desiredPortTime'], input.desiredPortTime, PORT_TIME, 'input.desiredPortTime must be HH:MM, e.g. 14:00.');
  checkHttpUrl(issues, ['input', 'webhookUrl'], input.webhookUrl, WEBHOOK_URL.maxLength);
  if (input.webhookUrl === '' && input.webhookAuthorization) {
    issues.add(['input', 'webhookAuthorization'], UserErrorCode.CONFLICT, 'A webhook authorization needs a webhook URL.');
  }
}
