/**
 * What /tnOrder, /tnUpdate, /tnFeatureOrder and /tnDisconnect answer: an
 * `orderId` (a string, a number, the string "null" or null) and the numbers
 * left out. `orderId` is null when the carrier completed the request
 * synchronously (a small /tnOrder without features answers orderId "null").
 */
import { orderId, raw, record } from '../wire/schema.js';
import { exclusionsFromWire, type ExcludedNumber } from './exclusions.js';
import { sentTns, type Tn } from './tn.js';

export interface OrderSubmission {
  orderId: string | null;
  excluded: ExcludedNumber[];
}

/** Where a batch write reports the numbers it left out. */
export const exclusionFields = { status: raw, excludedTnList: raw, invalidTnList: raw };

export const submissionSchema = record({ orderId, ...exclusionFields });

/** A batch write of no TNs is answered here: the carrier is not called. */
export const noSubmission = (tns: readonly unknown[]): OrderSubmission | undefined =>
  tns.length === 0 ? { orderId: null, excluded: [] } : undefined;

export function submissionFromWire(
  wire: { orderId: string | null } & Parameters<typeof exclusionsFromWire>[0],
  requested: readonly Tn[],
): OrderSubmission {
  return { orderId: wire.orderId, excluded: exclusionsFromWire(wire, sentTns(requested)) };
}
