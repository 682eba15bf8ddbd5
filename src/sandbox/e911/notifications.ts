/**
 * E911 notification e-mails (guide L3720–L4460), per TN and for the account, kept beside the
 * shared state. Adding is additive; `removeNotification: "Y"` removes the addresses sent. The
 * guide's answers pad each address with spaces (" abc123@def.com "); so does the sandbox.
 */
import { ANY } from '../request-shape.js';
import type { SandboxState } from '../store.js';
import { fail, isObject, readStr, readYN, required, type Json, type Reply } from '../wire.js';

export const MAX_EMAILS = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Notifications {
  byTn: Map<string, string[]>;
  customer: string[];
}

const byState = new WeakMap<SandboxState, Notifications>();

export function notificationsOf(state: SandboxState): Notifications {
  let n = byState.get(state);
  if (!n) {
    // Seeded: the guide's list example number has one address.
    n = { byTn: new Map([['3123489651', ['abc123@def.com']]]), customer: [] };
    byState.set(state, n);
  }
  return n;
}

/** `removeNotification` at the top level (Example 5) or inside the wrapper (the table's order): both are taken. */
export const notificationShape = (wrapper: string, inner: Record<string, typeof ANY>) =>
  ({
    [wrapper]: { ...inner, emailList: { emailItem: { email: ANY } }, removeNotification: ANY },
    removeNotification: ANY,
  }) as const;

export const emailListOf = (emails: readonly string[]) =>
  emails.length === 0 ? {} : { emailList: { emailItem: emails.map((email) => ({ email: ` ${email} ` })) } };

/** The new list after the change, or the guide's refusal. */
export function applyChange(current: readonly string[], wrapper: Json, body: Json, wrapperName: string): string[] | Reply {
  const list = wrapper['emailList'];
  const raw = isObject(list) ? list['emailItem'] : undefined;
  const items = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : [];
  if (items.length === 0) return required(`${wrapperName}.emailList.emailItem`);
  const emails: string[] = [];
  for (const item of items) {
    const email = isObject(item) ? readStr(item['email']) : undefined;
    if (!email) return required('email');
    if (!EMAIL.test(email)) return fail('462', `Other Errors Noted: ${email} is not a fully qualified email address`);
    if (!emails.includes(email)) emails.push(email);
  }
  const remove = readYN(body['removeNotification']) === 'Y' || readYN(wrapper['removeNotification']) === 'Y';
  if (remove) return current.filter((e) => !emails.includes(e));
  const next = [...current, ...emails.filter((e) => !current.includes(e))];
  if (next.length > MAX_EMAILS) return fail('460', `Unable to add more than ${MAX_EMAILS} notification emails to a number.`);
  return next;
}
