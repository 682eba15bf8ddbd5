/** Checks of updateAccountSettings' input, before any carrier call. */
import type { Issues, Path } from '../common/validation.js';
import { UserErrorCode } from '../common/user-error.js';
import type { AccountContactInput, UpdateAccountSettingsInput } from './account-settings.input.js';

/** A plain address check: the carrier documents no stricter one. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "HH:MM (e.g. 14:00)" (guide /accountDefault). */
export const PORT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkContact(issues: Issues, path: Path, contact: AccountContactInput | null | undefined): void {
  issues.pattern([...path, 'email'], contact?.email, EMAIL, `${[...path, 'email'].join('.')} is not an e-mail address.`);
}

export function checkAccountSettingsInput(issues: Issues, input: UpdateAccountSettingsInput): void {
  checkContact(issues, ['input', 'contact'], input.contact);
  input.portOutContacts?.forEach((c, i) => checkContact(issues, ['input', 'portOutContacts', i], c));
  issues.pattern(['input', 'desiredPortTime'], input.desiredPortTime, PORT_TIME, 'input.desiredPortTime must be HH:MM, e.g. 14:00.');
  if (input.webhookUrl === '' && input.webhookAuthorization) {
    issues.add(['input', 'webhookAuthorization'], UserErrorCode.CONFLICT, 'A webhook authorization needs a webhook URL.');
  }
}
