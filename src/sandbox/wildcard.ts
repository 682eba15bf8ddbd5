/**
 * TN pattern matching for /tnInventory and /tnDetail.
 *
 * tnMask (L1048): exactly 10 characters of 0-9, x, X or space; x/X/space = any single digit.
 * tnWildcard (L1052–L1064): 0-9 literal; letters → phone keypad digit; `*` = any sequence;
 * `?` = any single character. The whole 10-digit TN must match (so "*HELLO*" = contains 43556).
 */
const KEYPAD: Record<string, string> = {};
for (const [letters, digit] of [
  ['ABC', '2'],
  ['DEF', '3'],
  ['GHI', '4'],
  ['JKL', '5'],
  ['MNO', '6'],
  ['PQRS', '7'],
  ['TUV', '8'],
  ['WXYZ', '9'],
] as const) {
  for (const l of letters) KEYPAD[l] = digit;
}

/** Returns a matcher, or an error message for an invalid mask. */
export function compileMask(mask: string): ((tn: string) => boolean) | string {
  if (mask.length !== 10 || !/^[0-9xX ]{10}$/.test(mask)) {
    return 'tnMask must be exactly 10 characters of 0-9, x, X or space';
  }
  const re = new RegExp(`^${mask.replace(/[xX ]/g, '\\d')}$`);
  return (tn) => re.test(tn);
}

/** Translates a wildcard to a digits-only pattern ("*HELLO*" → "*43556*"). */
export function translateWildcard(wildcard: string): string | undefined {
  let out = '';
  for (const ch of wildcard) {
    if (/[0-9*?]/.test(ch)) out += ch;
    else if (/[a-zA-Z]/.test(ch)) out += KEYPAD[ch.toUpperCase()];
    else return undefined;
  }
  return out;
}

export function compileWildcard(wildcard: string): ((tn: string) => boolean) | string {
  const translated = wildcard.length > 0 ? translateWildcard(wildcard) : undefined;
  if (translated === undefined) return 'tnWildcard accepts only 0-9, A-Z, a-z, * and ?';
  const re = new RegExp(`^${translated.replace(/\*/g, '\\d*').replace(/\?/g, '\\d')}$`);
  return (tn) => re.test(tn);
}

/** The NPA-NXX a mask pins down (first six characters all digits), for local-calling searches. */
export function maskNpaNxx(pattern: string): string | undefined {
  const head = pattern.slice(0, 6);
  return /^\d{6}$/.test(head) ? head : undefined;
}
