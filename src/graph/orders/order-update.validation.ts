/**
 * updateOrder's checks before any call: the groups /orderUpdate marks "must be sent together"
 * (`*` port time with its zone, `**` the port-in account data, `***` the end user's address,
 * `****` the E911 address; L10178–L10250), the formats, and that every change changes something.
 */
import { checkLimits } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { checkEndUser, checkFeatures, checkE911 } from '../numbers/numbers.validation.js';
import { OrderNumberUpdateInput, PortAccountFields, UpdateOrderInput } from './order-update.input.js';
import { checkOrderRef } from './order-ref.js';

const ACCOUNT_GROUP = ['accountNumber', 'accountTelephoneNumber', 'authName', 'authDate'] as const;
const END_USER_GROUP = ['name', 'streetNum', 'streetName', 'city', 'state', 'postalCode', 'typeOfService'] as const;
const PORT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The carrier's "today" is read as the UTC date (the guide names no time zone). */
const todayUtc = (now: number) => new Date(now).toISOString().slice(0, 10);
const given = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** `**`: all four account fields or none; authDate today or earlier. Returns whether any was given. */
export function checkAccountGroup(issues: Issues, at: Path, n: PortAccountFields, now: number): boolean {
  checkLimits(issues, at, n, PortAccountFields);
  const sent = ACCOUNT_GROUP.filter((f) => given(n[f]));
  if (sent.length > 0) {
    for (const f of ACCOUNT_GROUP) {
      if (!given(n[f])) issues.add([...at, f], UserErrorCode.REQUIRED, `${f} is required with ${sent.join(', ')}: the four go together.`);
    }
  }
  const today = todayUtc(now);
  if (n.authDate && n.authDate > today)
    issues.add([...at, 'authDate'], UserErrorCode.INVALID, `authDate must be today (${today}) or earlier, got ${n.authDate}.`);
  return sent.length > 0 || given(n.accountPin);
}

/** `***`: an end user goes with its whole address. */
export function checkEndUserGroup(issues: Issues, at: Path, endUser: OrderNumberUpdateInput['endUser']): void {
  if (!endUser) return;
  for (const f of END_USER_GROUP) issues.required([...at, f], endUser[f], `endUser.${f}`);
  checkEndUser(issues, at, endUser);
}

function checkNumber(issues: Issues, at: Path, n: OrderNumberUpdateInput, now: number): void {
  checkLimits(issues, at, n, OrderNumberUpdateInput);
  const account = checkAccountGroup(issues, at, n, now);
  checkEndUserGroup(issues, [...at, 'endUser'], n.endUser);
  // `****`: the E911 address goes whole; the other features may send only what changes.
  checkFeatures(issues, [...at, 'features'], n.features, false);
  if (n.features?.e911) checkE911(issues, [...at, 'features', 'e911'], n.features.e911, true);
  const withdraw = n.cancelFeatureRequests ?? {};
  for (const f of ['callerId', 'directoryListing', 'e911', 'messaging'] as const) {
    if (withdraw[f] && n.features?.[f])
      issues.add([...at, 'cancelFeatureRequests', f], UserErrorCode.CONFLICT, `${f} cannot be both requested and withdrawn.`);
  }
  const changes = [
    account,
    given(n.trunkGroupName),
    given(n.portOutPin),
    given(n.note),
    Boolean(n.endUser),
    Boolean(n.features && Object.values(n.features).some(Boolean)),
    Object.values(withdraw).some(Boolean),
  ].filter(Boolean).length;
  if (n.cancel && changes > 0) {
    issues.add([...at, 'cancel'], UserErrorCode.CONFLICT, 'A number taken off the order takes no other change.');
  } else if (!n.cancel && changes === 0) {
    issues.add(at, UserErrorCode.REQUIRED, `Number ${n.tn} changes nothing: give cancel or at least one change.`);
  }
}

export function checkUpdateOrder(input: UpdateOrderInput, now = Date.now()): Issues {
  const issues = new Issues();
  checkOrderRef(issues, ['input', 'order'], input.order ?? {});
  const today = todayUtc(now);
  if (input.desiredDueDate && input.desiredDueDate < today) {
    issues.add(
      ['input', 'desiredDueDate'],
      UserErrorCode.INVALID,
      `desiredDueDate must be today (${today}) or later, got ${input.desiredDueDate}.`,
    );
  }
  if (given(input.desiredPortTime)) {
    issues.pattern(['input', 'desiredPortTime'], input.desiredPortTime, PORT_TIME, 'desiredPortTime is HH:MM (24-hour), e.g. "14:00".');
  }
  // `*`: the time and its zone go together.
  if (given(input.desiredPortTime) !== given(input.desiredPortTimeZone)) {
    const missing = given(input.desiredPortTime) ? 'desiredPortTimeZone' : 'desiredPortTime';
    issues.add(['input', missing], UserErrorCode.REQUIRED, 'desiredPortTime and desiredPortTimeZone go together: give both.');
  }
  const numbers = input.numbers ?? [];
  issues.noDuplicates(
    numbers,
    (n) => n.tn,
    (i) => ['input', 'numbers', String(i), 'tn'],
    'Number',
  );
  numbers.forEach((n, i) => checkNumber(issues, ['input', 'numbers', String(i)], n, now));
  const orderLevel = [input.desiredDueDate, input.desiredPortTime, input.desiredPortTimeZone, input.onDemandActivation].some(given);
  if (!orderLevel && numbers.length === 0)
    issues.add(['input'], UserErrorCode.REQUIRED, 'The update changes nothing: give at least one change.');
  return issues;
}
