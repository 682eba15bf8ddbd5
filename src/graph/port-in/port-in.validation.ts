/**
 * Port-In Order validation before any call (guide §Port In request table and §Order Validation):
 * authDate today or earlier, the due date today or later, port time HH:MM, the required account
 * and end-user fields, trunk group with features, the Canadian reseller rule, and at most 200
 * on-demand numbers per losing carrier.
 */
import { checkLimits } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { checkEndUser, checkFeatures, checkTrunkGroupName } from '../numbers/numbers.validation.js';
import { OrderPortInInput, PortInNumberInput } from './port-in.input.js';

const END_USER_REQUIRED = ['name', 'streetNum', 'streetName', 'city', 'state', 'postalCode', 'typeOfService'] as const;
const CANADIAN = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
export const ON_DEMAND_PER_CARRIER = 200;
const PORT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The carrier's "today" is read as the UTC date (the guide names no time zone). */
export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

function checkNumber(issues: Issues, at: Path, n: PortInNumberInput, today: string): void {
  checkLimits(issues, at, n, PortInNumberInput);
  issues.required([...at, 'accountNumber'], n.accountNumber, 'accountNumber');
  issues.required([...at, 'authName'], n.authName, 'authName');
  if (n.authDate > today)
    issues.add([...at, 'authDate'], UserErrorCode.INVALID, `authDate must be today (${today}) or earlier, got ${n.authDate}.`);
  for (const f of END_USER_REQUIRED) issues.required([...at, 'endUser', f], n.endUser?.[f], `endUser.${f}`);
  checkEndUser(issues, [...at, 'endUser'], n.endUser);
  checkTrunkGroupName(issues, [...at, 'trunkGroupName'], n.trunkGroupName, !!n.features);
  checkFeatures(issues, [...at, 'features'], n.features, true);
}

export function checkOrderPortIn(input: OrderPortInInput, now = Date.now()): Issues {
  const issues = new Issues();
  const today = todayUtc(now);
  checkLimits(issues, ['input'], input, OrderPortInInput);
  if (input.desiredDueDate < today) {
    issues.add(
      ['input', 'desiredDueDate'],
      UserErrorCode.INVALID,
      `desiredDueDate must be today (${today}) or later, got ${input.desiredDueDate}.`,
    );
  }
  if (input.desiredPortTime != null)
    issues.pattern(['input', 'desiredPortTime'], input.desiredPortTime, PORT_TIME, 'desiredPortTime is HH:MM (24-hour), e.g. "14:00".');
  if (issues.nonEmpty(['input', 'numbers'], input.numbers, 'numbers')) {
    issues.noDuplicates(
      input.numbers,
      (n) => n.tn,
      (i) => ['input', 'numbers', String(i), 'tn'],
      'Number',
    );
    input.numbers.forEach((n, i) => checkNumber(issues, ['input', 'numbers', String(i)], n, today));
    const canadian = input.numbers.some((n) => CANADIAN.has(n.endUser?.state?.toUpperCase() ?? ''));
    if (canadian && !input.resellerName?.trim()) {
      issues.add(['input', 'resellerName'], UserErrorCode.REQUIRED, 'resellerName is required when an end user is in Canada.');
    }
  }
  return issues;
}

/** "200 or fewer per losing carrier": `carrierOf` names each number's losing carrier (from a portability check). */
export function checkOnDemandLimit(issues: Issues, input: OrderPortInInput, carrierOf: (tn: string) => string | undefined): void {
  const perCarrier = new Map<string, number>();
  for (const n of input.numbers) {
    const carrier = carrierOf(n.tn) ?? 'an unknown carrier';
    perCarrier.set(carrier, (perCarrier.get(carrier) ?? 0) + 1);
  }
  for (const [carrier, count] of perCarrier) {
    if (count > ON_DEMAND_PER_CARRIER) {
      issues.add(
        ['input', 'onDemandActivation'],
        UserErrorCode.TOO_LONG,
        `On-demand activation takes ${ON_DEMAND_PER_CARRIER} or fewer numbers per losing carrier; ${count} are with ${carrier}.`,
      );
    }
  }
}
