/**
 * /tnPortOutReject (L10528): as the losing carrier, refuse one number of a port-out order (write).
 * The body is wrapped in `tnPortOutReject`; the TN is a string and the order id a number (L10563).
 * 410 here means "Invalid Order Id".
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderIdField } from '../shared/order-ref.js';
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { record } from '../wire/schema.js';

/** The guide's reason codes (L10542): PIN, all data, auth name, account number, zip code. */
export const PORT_OUT_REJECT_REASONS = ['PIN', 'DATAMIS', 'AUTHNMMIS', 'INVACCT', 'INVZIPCD'] as const;
export type PortOutRejectReason = (typeof PORT_OUT_REJECT_REASONS)[number];

export interface TnPortOutRejectRequest {
  orderId: string;
  tn: Tn;
  reason: PortOutRejectReason;
}

export const tnPortOutReject = defineOperation({
  name: 'tnPortOutReject',
  kind: 'write',
  request: (r: TnPortOutRejectRequest) => {
    const orderId = orderIdField(r.orderId);
    if (orderId === undefined) throw invalidInput('tnPortOutReject', 'orderId is required');
    if (!PORT_OUT_REJECT_REASONS.includes(r.reason)) throw invalidInput('tnPortOutReject', `Unknown reject reason ${r.reason}`);
    return { tnPortOutReject: { orderId, tn: inputTn('tnPortOutReject', r.tn), rejectReason: r.reason } };
  },
  response: record({}),
  map: (): true => true,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
