/**
 * What the E911 operations share: the address as the frontend gives it (sent under the request
 * names /tnE911 and /tnE911Validate use: streetNum, streetInfo …), and the validation answer of
 * /tnE911Validate and /addressValidate, which have the same fields.
 */
import { invalidInput } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { count, list, record, text } from '../wire/schema.js';
import type { WireObject } from '../wire/values.js';

export interface E911AddressValues {
  name?: string | undefined;
  streetNumber: string;
  street: string;
  location?: string | undefined;
  city: string;
  state: string;
  postalCode: string;
  postalCodePlusFour?: string | undefined;
}

/** The request fields of an address; `name` and `postalCodePlusFour` only where the operation takes them. */
export function addressFields(operation: string, a: E911AddressValues, extra: { name: boolean; plusFour: boolean }): WireObject {
  for (const [field, value] of Object.entries({
    streetNum: a.streetNumber,
    streetInfo: a.street,
    city: a.city,
    state: a.state,
    postalCode: a.postalCode,
  })) {
    if (!value) throw invalidInput(operation, `The E911 address needs ${field}.`);
  }
  return compact({
    name: extra.name ? a.name : undefined,
    streetNum: a.streetNumber,
    streetInfo: a.street,
    location: a.location,
    city: a.city,
    state: a.state,
    postalCode: a.postalCode,
    postalCodePlusFour: extra.plusFour ? a.postalCodePlusFour : undefined,
  });
}

export interface CandidateAddress {
  streetNumber: string | undefined;
  street: string | undefined;
  city: string | undefined;
  state: string | undefined;
  postalCode: string | undefined;
  postalCodePlusFour: string | undefined;
  country: string | undefined;
}

export interface AddressValidation {
  /** 0 perfect as sent, 1 corrected, 2 not close enough; undefined when the carrier sends something else. */
  result: 0 | 1 | 2 | undefined;
  /** validationMsg split on "|". */
  messages: string[];
  /** The corrected* fields; undefined when the carrier sends none. */
  corrected: Omit<CandidateAddress, 'postalCodePlusFour' | 'country'> | undefined;
  candidates: CandidateAddress[];
}

const candidate = record({
  streetNum: text,
  streetInfo: text,
  city: text,
  state: text,
  postalCode: text,
  postalCodePlusFour: text,
  country: text,
});

export const validationFields = {
  validationResult: count,
  validationMsg: text,
  correctedStreetNum: text,
  correctedStreetInfo: text,
  correctedCity: text,
  correctedState: text,
  correctedPostalCode: text,
  candidateAddressList: list(candidate),
};

type ValidationWire = {
  validationResult: number | undefined;
  validationMsg: string | undefined;
  correctedStreetNum: string | undefined;
  correctedStreetInfo: string | undefined;
  correctedCity: string | undefined;
  correctedState: string | undefined;
  correctedPostalCode: string | undefined;
  candidateAddressList: {
    streetNum?: string | undefined;
    streetInfo?: string | undefined;
    city?: string | undefined;
    state?: string | undefined;
    postalCode?: string | undefined;
    postalCodePlusFour?: string | undefined;
    country?: string | undefined;
  }[];
};

export function toValidation(w: ValidationWire): AddressValidation {
  const result = w.validationResult === 0 || w.validationResult === 1 || w.validationResult === 2 ? w.validationResult : undefined;
  const corrected = {
    streetNumber: w.correctedStreetNum,
    street: w.correctedStreetInfo,
    city: w.correctedCity,
    state: w.correctedState,
    postalCode: w.correctedPostalCode,
  };
  // The guide says corrected* come only with "Corrected to valid address", yet its result-0 example carries them too: both are read.
  const hasCorrected = Object.values(corrected).some((v) => v !== undefined);
  return {
    result,
    messages: (w.validationMsg ?? '')
      .split('|')
      .map((m) => m.trim())
      .filter((m) => m !== ''),
    corrected: hasCorrected ? corrected : undefined,
    candidates: w.candidateAddressList.map((c) => ({
      streetNumber: c.streetNum,
      street: c.streetInfo,
      city: c.city,
      state: c.state,
      postalCode: c.postalCode,
      postalCodePlusFour: c.postalCodePlusFour,
      country: c.country,
    })),
  };
}
