/**
 * Limits and formats of the toll-free domain, each declared once (the guide's §Toll Free tables,
 * L7641–L8348). Fields declare them with @LimitedField; checks outside an input use them too.
 */
import { limit } from '../common/limits.js';

/** The toll-free prefixes in service. */
export const TOLL_FREE_TN = /^8(00|33|44|55|66|77|88)\d{7}$/;
export const TOLL_FREE_MESSAGE = 'is not a toll-free number (800, 833, 844, 855, 866, 877 or 888)';

/** "Must be exactly 10 characters. Accepts 0-9, x, X" (L7731). */
export const TOLL_FREE_MASK = limit({
  maxLength: 10,
  chars: { pattern: /^[0-9xX]{10}$/, rule: 'must be exactly 10 characters of 0-9, x or X (x matches any digit), e.g. "877xxxxxxx"' },
});

/** The vanity wildcard (L7733–L7760): at most 10 of 0-9, letters, *, ?, &. */
export const VANITY = limit({
  maxLength: 10,
  nonBlank: true,
  chars: { pattern: /^[0-9A-Za-z*?&]+$/, rule: 'may contain only 0-9, letters, *, ? and &' },
});

/** "Five character RespOrg ID" (L7819). */
export const RESPORG_ID = limit({ chars: { pattern: /^[A-Za-z0-9]{5}$/, rule: 'must be five letters or digits, e.g. ABC01' } });

/** "callingName: 15 characters or fewer and should have at least 1 alpha character" (L7827). */
export const CALLING_NAME = limit({
  maxLength: 15,
  nonBlank: true,
  chars: { pattern: /[A-Za-z]/, rule: 'must contain at least one letter' },
});

/** A CIC: four digits (the examples' "0913"). */
export const CIC = /^\d{4}$/;

/** Routing labels: undocumented length; the guide's look like NTMIL01-8XX-0222-1-124. A bound, not a rule. */
export const ROUTING_LABEL = limit({ maxLength: 100, nonBlank: true });

/** "Max of 1000 when sequential equals false. Max of 10 when sequential equals true" (L7654). */
export const INVENTORY_QUANTITY = { max: 1000, sequentialMax: 10 } as const;

/** Numbers per write: the guide states none; the carrier validates up to 100 at once (L8097), so batches stay within that. */
export const MAX_TOLL_FREE_NUMBERS = 100;
