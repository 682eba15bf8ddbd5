/**
 * What the E911 notification operations share: an e-mail list in `emailList.emailItem[].email`
 * (the carrier pads the addresses with spaces; `text` trims them), and the request for a change.
 */
import { invalidInput } from '../shared/tn.js';
import { record, text, wrappedList } from '../wire/schema.js';
import type { WireObject } from '../wire/values.js';

/** "upper limit of 10 email addresses" (L3740, L4129). */
export const MAX_NOTIFICATION_EMAILS = 10;

export const emailList = record({ emailList: wrappedList('emailItem', record({ email: text })) });

export const emailsOf = (w: { emailList: { email: string | undefined }[] }): string[] =>
  w.emailList.flatMap((e) => (e.email ? [e.email] : []));

export interface NotificationChange {
  emails: string[];
  /** true: remove these addresses; otherwise they are added to the current list. */
  remove?: boolean | undefined;
}

/**
 * The change under its wrapper. `removeNotification` goes at the top level, where Example 5 puts
 * it (the table lists it after `email`; the sandbox accepts both places).
 */
export function notificationRequest(
  operation: string,
  wrapper: string,
  inner: WireObject,
  { emails, remove }: NotificationChange,
): WireObject {
  if (emails.length === 0) throw invalidInput(operation, 'At least one e-mail address is required.');
  if (emails.length > MAX_NOTIFICATION_EMAILS) throw invalidInput(operation, `At most ${MAX_NOTIFICATION_EMAILS} e-mail addresses.`);
  const body: WireObject = { [wrapper]: { ...inner, emailList: { emailItem: emails.map((email) => ({ email })) } } };
  if (remove) body['removeNotification'] = 'Y';
  return body;
}
