/** From the client's models to the graph types, and from the graph's input to the client's model. */
import type { AddressValidation, CandidateAddress, E911AddressValues } from '../../upstream/e911/address.js';
import type { E911AddressInput } from '../numbers/numbers.input.js';
import { E911Address } from '../numbers/telephone-number.type.js';
import { E911CandidateAddress, E911Status, E911ValidationResult, TelephoneNumberE911, ValidatedAddress } from './e911.types.js';

const RESULTS = [E911ValidationResult.VALID, E911ValidationResult.CORRECTED, E911ValidationResult.INVALID] as const;

export const toResult = (code: number | undefined): E911ValidationResult | null =>
  code === 0 || code === 1 || code === 2 ? RESULTS[code] : null;

const toCandidate = (c: Partial<CandidateAddress>): E911CandidateAddress =>
  Object.assign(new E911CandidateAddress(), {
    streetNumber: c.streetNumber ?? null,
    street: c.street ?? null,
    city: c.city ?? null,
    state: c.state ?? null,
    postalCode: c.postalCode ?? null,
    postalCodePlusFour: c.postalCodePlusFour ?? null,
    country: c.country ?? null,
  });

export function toValidatedAddress(v: AddressValidation): ValidatedAddress {
  return Object.assign(new ValidatedAddress(), {
    result: toResult(v.result),
    resultLabel: v.messages.length > 0 ? v.messages.join('|') : null,
    messages: v.messages,
    corrected: v.corrected ? toCandidate(v.corrected) : null,
    candidates: v.candidates.map(toCandidate),
  });
}

export function toE911Address(a: E911AddressValues): E911Address {
  return Object.assign(new E911Address(), {
    name: a.name ?? null,
    streetNumber: a.streetNumber || null,
    street: a.street || null,
    location: a.location ?? null,
    city: a.city || null,
    state: a.state || null,
    postalCode: a.postalCode || null,
    postalCodePlusFour: a.postalCodePlusFour ?? null,
  });
}

export const toNumberE911 = (tn: string, address: E911Address | null): TelephoneNumberE911 =>
  Object.assign(new TelephoneNumberE911(), { tn, status: address ? E911Status.PROVISIONED : E911Status.NOT_PROVISIONED, address });

/** After validation (checkE911 moved the former orig* names): every required field is present. */
export function toAddressValues(input: E911AddressInput): E911AddressValues {
  const opt = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? undefined : v);
  return {
    name: opt(input.name),
    streetNumber: input.streetNumber ?? '',
    street: input.street ?? '',
    location: opt(input.location),
    city: input.city ?? '',
    state: input.state ?? '',
    postalCode: input.postalCode ?? '',
    postalCodePlusFour: opt(input.postalCodePlusFour),
  };
}
