/**
 * /tfInventory patterns (L7735–L7760). tnMask: exactly 10 of 0-9, x, X. tnWildcard: at most 10 of
 * 0-9, letters (keypad digits), `?` (any one digit), `*` (any digits; once, or a contiguous run)
 * and `&`. Reading of "& = Repeating digits": each `&` is the digit just before it again
 * ("8&&" = 888), or any digit when it comes first or after `*`. The whole number must match;
 * a leading space (the guide's " 8??*hello") is trimmed.
 */
const KEYPAD: Record<string, string> = {};
for (const [letters, digit] of Object.entries({ ABC: '2', DEF: '3', GHI: '4', JKL: '5', MNO: '6', PQRS: '7', TUV: '8', WXYZ: '9' })) {
  for (const l of letters) KEYPAD[l] = digit;
}

export type Matcher = (tn: string) => boolean;

export function compileTfMask(mask: string): Matcher | string {
  if (!/^[0-9xX]{10}$/.test(mask)) return 'tnMask must be exactly 10 characters of 0-9, x or X';
  const re = new RegExp(`^${mask.replace(/[xX]/g, '\\d')}$`);
  return (tn) => re.test(tn);
}

export function compileVanity(raw: string): Matcher | string {
  const wildcard = raw.trim();
  if (wildcard === '' || !/^[0-9A-Za-z*?&]+$/.test(wildcard)) return 'tnWildcard accepts only 0-9, A-Z, a-z, *, ? and &';
  if (wildcard.length > 10) return 'tnWildcard must be 10 characters or fewer';
  if (/\*[^*]+\*/.test(wildcard)) return 'tnWildcard may use * only once or contiguously';
  if (wildcard.length < 10 && !wildcard.includes('*')) return 'tnWildcard shorter than 10 characters must contain *';
  let source = '';
  let group = 0;
  let previous: number | undefined;
  for (const ch of wildcard) {
    if (ch === '*') {
      if (!source.endsWith('\\d*')) source += '\\d*';
      previous = undefined;
    } else if (ch === '&') {
      source += previous === undefined ? '(\\d)' : `\\${previous}`;
      if (previous === undefined) previous = ++group;
    } else {
      const digit = /\d/.test(ch) ? ch : ch === '?' ? '\\d' : KEYPAD[ch.toUpperCase()]!;
      source += `(${digit})`;
      previous = ++group;
    }
  }
  const re = new RegExp(`^${source}$`);
  return (tn) => re.test(tn);
}

/** The toll-free prefixes in service: 800, 833, 844, 855, 866, 877, 888. */
export const isTollFree = (tn: string): boolean => /^8(00|33|44|55|66|77|88)\d{7}$/.test(tn);
