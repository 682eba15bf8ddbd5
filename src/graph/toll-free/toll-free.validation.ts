/** Rules across fields of the toll-free inputs; each limit itself is declared on its field. */
import { fieldPath } from '../common/errors.js';
import { checkLimits } from '../common/limits.js';
import { UserErrorCode } from '../common/user-error.js';
import type { Issues, Path } from '../common/validation.js';
import { TollFreeCallerIdInput, TollFreeFeatureChangeInput, TollFreeFeaturesInput } from './toll-free.input.js';
import { MAX_TOLL_FREE_NUMBERS, TOLL_FREE_MESSAGE, TOLL_FREE_TN } from './toll-free.limits.js';

export function checkTollFreeTn(issues: Issues, path: Path, tn: string): void {
  if (!TOLL_FREE_TN.test(tn)) issues.add(path, UserErrorCode.INVALID, `${tn} ${TOLL_FREE_MESSAGE}.`);
}

/** A non-empty list of at most 100 distinct toll-free numbers. */
export function checkTollFreeList<T>(
  issues: Issues,
  path: Path,
  items: readonly T[] | null | undefined,
  tnOf: (item: T) => string,
  tnPath: (i: number) => Path,
): void {
  if (!issues.nonEmpty(path, items, 'toll-free number')) return;
  if (items!.length > MAX_TOLL_FREE_NUMBERS) {
    issues.add(
      path,
      UserErrorCode.TOO_LONG,
      `At most ${MAX_TOLL_FREE_NUMBERS} numbers per request (got ${items!.length}); split the request.`,
    );
    return;
  }
  items!.forEach((item, i) => checkTollFreeTn(issues, tnPath(i), tnOf(item)));
  issues.noDuplicates(items!, tnOf, tnPath, 'Toll-free number');
}

export function checkFeatures(issues: Issues, path: Path, features: TollFreeFeaturesInput | null | undefined): void {
  if (!features) return;
  checkLimits(issues, [...path, 'callerId'], features.callerId, TollFreeCallerIdInput);
}

export function checkFeatureChange(issues: Issues, path: Path, change: TollFreeFeatureChangeInput): void {
  checkLimits(issues, [...path, 'callerId'], change.callerId, TollFreeCallerIdInput);
  const pairs = [
    ['callerId', 'removeCallerId'],
    ['messaging', 'removeMessaging'],
    ['e911', 'removeE911'],
  ] as const;
  let any = false;
  for (const [set, remove] of pairs) {
    if (change[set] && change[remove]) {
      issues.add([...path, remove], UserErrorCode.CONFLICT, `Give ${set} or ${remove}, not both (${fieldPath([...path, set])}).`);
    }
    any ||= Boolean(change[set]) || change[remove] === true;
  }
  if (!any) issues.add(path, UserErrorCode.REQUIRED, `${fieldPath(path)} changes nothing: give a feature to set or one to remove.`);
}
