/**
 * Deterministic E911 address validation (guide L3456 "Validate Results", L11419): a small table of
 * known addresses. An address that matches one exactly is 0 ("Valid address"); one whose street
 * number, city and state match a single known address whose street contains the street sent
 * ("W Adams" → "W Adams St") is 1, corrected; several such matches ("28th" → "W 28th St" and
 * "E 28th St") are 2 with the candidates; anything else is 2 with none.
 */
export interface KnownAddress {
  streetNum: string;
  streetInfo: string;
  city: string;
  state: string;
  postalCode: string;
  postalCodePlusFour: string;
}

export const KNOWN_ADDRESSES: readonly KnownAddress[] = [
  { streetNum: '550', streetInfo: 'W Adams St', city: 'Chicago', state: 'IL', postalCode: '60661', postalCodePlusFour: '3665' },
  { streetNum: '233', streetInfo: 'S Wacker Dr', city: 'Chicago', state: 'IL', postalCode: '60606', postalCodePlusFour: '6306' },
  { streetNum: '318', streetInfo: 'W 28th St', city: 'Tucson', state: 'AZ', postalCode: '85713', postalCodePlusFour: '2848' },
  { streetNum: '318', streetInfo: 'E 28th St', city: 'Tucson', state: 'AZ', postalCode: '85713', postalCodePlusFour: '2942' },
];

export interface AddressSent {
  streetNum: string;
  streetInfo: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface Validation {
  result: 0 | 1 | 2;
  message: string;
  /** The address as corrected (results 0 and 1; the guide's result-0 example carries corrected* too). */
  match?: KnownAddress;
  candidates: KnownAddress[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const words = (s: string) => norm(s).split(' ');

function streetContains(known: string, sent: string): boolean {
  const k = words(known);
  const s = words(sent);
  return s.every((w) => k.includes(w));
}

export function validateAddress(a: AddressSent): Validation {
  const near = KNOWN_ADDRESSES.filter(
    (k) =>
      norm(k.streetNum) === norm(a.streetNum) &&
      norm(k.city) === norm(a.city) &&
      norm(k.state) === norm(a.state) &&
      streetContains(k.streetInfo, a.streetInfo),
  );
  const exact = near.find((k) => norm(k.streetInfo) === norm(a.streetInfo) && norm(k.postalCode) === norm(a.postalCode));
  if (exact) return { result: 0, message: 'Valid address', match: exact, candidates: [] };
  if (near.length === 1) {
    const match = near[0]!;
    const notes = ['Corrected to valid address'];
    if (norm(match.postalCode) !== norm(a.postalCode)) notes.push('Corrected ZIP Code');
    if (norm(match.streetInfo) !== norm(a.streetInfo)) notes.push('Changed address component');
    return { result: 1, message: notes.join('|'), match, candidates: [] };
  }
  if (near.length > 1) {
    return {
      result: 2,
      message: 'Invalid address - no correction found|Multiple addresses found (may be missing pre-directional)',
      candidates: near,
    };
  }
  return { result: 2, message: 'Invalid address - no correction found', candidates: [] };
}

/** The validation fields both /tnE911Validate and /addressValidate answer. */
export function validationAnswer(v: Validation): Record<string, unknown> {
  const out: Record<string, unknown> = { validationResult: v.result, validationMsg: v.message };
  if (v.match) {
    Object.assign(out, {
      correctedStreetNum: v.match.streetNum,
      correctedStreetInfo: v.match.streetInfo,
      correctedCity: v.match.city,
      correctedState: v.match.state,
      correctedPostalCode: v.match.postalCode,
    });
  }
  if (v.candidates.length > 0) {
    out['candidateAddressList'] = v.candidates.map((c) => ({ ...c, country: 'USA' }));
  }
  return out;
}
