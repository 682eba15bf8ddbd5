/** Telephone numbers as a caller gives them, checked before anything is sent. */
import { UpstreamError } from '../core/errors.js';
import { toTn } from '../wire/values.js';

/** A ten-digit North American telephone number, always a string of digits. */
export type Tn = string;

export function invalidInput(operation: string, message: string): UpstreamError {
  return new UpstreamError('REJECTED', operation, 'INVALID_INPUT', message);
}

/** A caller's TN, validated: 10 digits (formatting and a leading 1 tolerated). */
export function inputTn(operation: string, value: Tn): Tn {
  const tn = toTn(value);
  if (tn === undefined) throw invalidInput(operation, `Not a ten-digit telephone number: ${JSON.stringify(String(value).slice(0, 32))}`);
  return tn;
}

/** The TNs as the request sent them, in order (the builders have already refused invalid ones). */
export const sentTns = (tns: readonly Tn[]): Tn[] => tns.map((tn) => toTn(tn) ?? tn);
