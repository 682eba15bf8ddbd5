/**
 * /accountDefault (L12230): replaces the account's defaults from `customerDefault`.
 * - `*` fields (contact, cnamDip, cnamDipTf) are required only while the stored value is null;
 * - `**` fields (webhookUrl, webhookHeader, portOutContactList) are wiped when not sent;
 * - `***` authorizeWebhookPortout is required when webhookUrl is present.
 * The example spells `sloURL` where the table says `sloUrl`: both are accepted.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { invalid, isObject, ok, readItems, readStr, readYN, required, type Json, type Reply } from '../wire.js';
import { accountDefaults, type Contact } from './defaults-store.js';

const CONTACT = { contactFirstName: ANY, contactLastName: ANY, contactEmail: ANY } as const;
const TIME_ZONES = ['US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'GMT'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const REQUEST = {
  customerDefault: {
    ...CONTACT,
    desiredPortTime: ANY,
    desiredPortTimeZone: ANY,
    portOutPin: ANY,
    cnamDip: ANY,
    cnamDipTf: ANY,
    webhookUrl: ANY,
    webhookHeader: ANY,
    authorizeWebhookPortout: ANY,
    ipFilteringEnabled: ANY,
    ipRange: ANY,
    emailDomain: ANY,
    sloUrl: ANY,
    sloURL: ANY,
    portOutContactList: { portOutContactItem: CONTACT },
  },
} as const;

function readContact(item: Json, where: string): Contact | Reply {
  const email = readStr(item['contactEmail']);
  if (email !== undefined && !EMAIL.test(email)) return invalid(`${where}contactEmail is not an e-mail address`);
  const c: Contact = {};
  const first = readStr(item['contactFirstName']);
  const last = readStr(item['contactLastName']);
  if (first !== undefined) c.contactFirstName = first;
  if (last !== undefined) c.contactLastName = last;
  if (email !== undefined) c.contactEmail = email;
  return c;
}

const yesNo = (cd: Json, field: string): 'Y' | 'N' | undefined | Reply => {
  if (cd[field] === undefined || cd[field] === null) return undefined;
  return readYN(cd[field]) ?? invalid(`${field} must be Y or N`);
};

export const accountDefault = defineOperation(REQUEST, ({ state }, body) => {
  const cd = body.customerDefault;
  if (!isObject(cd)) return required('customerDefault');
  const stored = accountDefaults(state);

  const contact = readContact(cd, '');
  if ('statusCode' in contact) return contact;
  for (const field of ['contactFirstName', 'contactLastName', 'contactEmail'] as const) {
    if (contact[field] === undefined && stored[field] === undefined) return required(`customerDefault.${field}`);
  }
  const flags: Record<string, 'Y' | 'N' | undefined> = {};
  for (const field of ['cnamDip', 'cnamDipTf', 'authorizeWebhookPortout', 'ipFilteringEnabled']) {
    const v = yesNo(cd, field);
    if (typeof v === 'object') return v;
    flags[field] = v;
  }
  if (flags['cnamDipTf'] === undefined && stored.cnamDipTf === undefined) return required('customerDefault.cnamDipTf');

  const time = readStr(cd['desiredPortTime']);
  if (time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return invalid('desiredPortTime must be HH:MM');
  const zone = readStr(cd['desiredPortTimeZone']);
  if (zone !== undefined && !TIME_ZONES.includes(zone)) return invalid(`desiredPortTimeZone must be one of ${TIME_ZONES.join(', ')}`);
  const webhookUrl = readStr(cd['webhookUrl']);
  if (webhookUrl !== undefined && flags['authorizeWebhookPortout'] === undefined)
    return required('customerDefault.authorizeWebhookPortout');
  const ipRange = readStr(cd['ipRange']);
  if (flags['ipFilteringEnabled'] === 'Y' && ipRange === undefined && stored.ipRange === undefined)
    return required('customerDefault.ipRange');

  const contacts: Contact[] = [];
  for (const [i, item] of (readItems(cd, 'portOutContactList', 'portOutContactItem') ?? []).entries()) {
    const c = readContact(item, `portOutContactItem[${i}].`);
    if ('statusCode' in c) return c;
    contacts.push(c);
  }

  Object.assign(stored, contact);
  if (time !== undefined) stored.desiredPortTime = time;
  if (zone !== undefined) stored.desiredPortTimeZone = zone;
  const pin = readStr(cd['portOutPin']);
  if (pin !== undefined) stored.portOutPin = pin;
  if (flags['cnamDip'] !== undefined) state.account.cnamDipDefault = flags['cnamDip'];
  if (flags['cnamDipTf'] !== undefined) stored.cnamDipTf = flags['cnamDipTf'];
  if (flags['ipFilteringEnabled'] !== undefined) stored.ipFilteringEnabled = flags['ipFilteringEnabled'];
  // "To Delete send blank value": a blank ipRange sent clears it; an absent one keeps it.
  if (cd['ipRange'] !== undefined) stored.ipRange = ipRange;
  for (const [field, value] of [
    ['emailDomain', readStr(cd['emailDomain'])],
    ['sloUrl', readStr(cd['sloUrl']) ?? readStr(cd['sloURL'])],
  ] as const) {
    if (value !== undefined) stored[field] = value;
  }
  // The ** fields: "Will be overwritten to null if not sent".
  stored.webhookUrl = webhookUrl;
  stored.webhookHeader = readStr(cd['webhookHeader']);
  stored.authorizeWebhookPortout =
    flags['authorizeWebhookPortout'] ?? (webhookUrl === undefined ? undefined : stored.authorizeWebhookPortout);
  stored.portOutContacts = contacts;
  return ok();
});
