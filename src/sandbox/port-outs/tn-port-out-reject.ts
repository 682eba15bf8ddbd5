/**
 * /tnPortOutReject (L10528): rejects one number of a pending port-out order. The guide's codes:
 * 414 "Fields Required are missing", 410 "Invalid Order Id" (also for a number that is not on the
 * order, or an order no longer pending or already approved: the order is not one it can act on).
 * A reason outside the guide's five is the sandbox's 416 (the guide gives no code). Rejecting every
 * number cancels the order.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, isObject, ok, readStr, readTn } from '../wire.js';
import { findPortOut, lineState, rejectLine } from './shared/port-out-book.js';

const REASONS = ['PIN', 'DATAMIS', 'AUTHNMMIS', 'INVACCT', 'INVZIPCD'];
const MISSING = fail('414', 'Fields Required are missing');
const INVALID_ORDER = fail('410', 'Invalid Order Id');

export const tnPortOutReject = defineOperation(
  { tnPortOutReject: { tn: ANY, orderId: ANY, rejectReason: ANY } },
  ({ state, now }, body) => {
    const w = isObject(body.tnPortOutReject) ? body.tnPortOutReject : undefined;
    const orderId = readStr(w?.['orderId']);
    const reason = readStr(w?.['rejectReason']);
    if (!w || orderId === undefined || readStr(w['tn']) === undefined || reason === undefined) return MISSING;
    if (!REASONS.includes(reason)) return invalid('rejectReason');
    const tn = readTn(w['tn']);
    const order = findPortOut(state, orderId);
    const item = order?.items.find((i) => i.tn === tn);
    if (!order || !item || order.status !== 'PENDING' || lineState(item) !== 'PENDING') return INVALID_ORDER;
    rejectLine(order, item, reason, now);
    return ok();
  },
);
