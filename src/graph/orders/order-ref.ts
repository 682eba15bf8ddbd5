/**
 * Naming one order: by the carrier's id or by the caller's
 * customerOrderReference, exactly one of them (/orderDetail, /orderCancel,
 * /orderAddNote: "A value must be sent for either orderId or
 * customerOrderReference"). Checked before any upstream call.
 */
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import { fieldPath } from '../common/errors.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';

export interface OrderRefArgs {
  id?: string | null;
  customerOrderReference?: string | null;
}

/**
 * Carrier order ids are numbers: "Existing order number", sent and returned
 * as JSON numbers in every example (`"orderId": 1054832`). 15 digits is what a
 * request can carry as an exact JSON number (wire.ts orderIdForRequest).
 */
const CARRIER_ORDER_ID = /^\d{1,15}$/;

export function isCarrierOrderId(id: unknown): id is string {
  return typeof id === 'string' && CARRIER_ORDER_ID.test(id);
}

/** Exactly one of id and customerOrderReference, each in its carrier format. */
export function checkOrderRef(issues: Issues, path: Path, ref: OrderRefArgs): void {
  const idPath = [...path, 'id'];
  const referencePath = [...path, 'customerOrderReference'];
  const hasId = ref.id !== undefined && ref.id !== null;
  const hasReference = ref.customerOrderReference !== undefined && ref.customerOrderReference !== null;
  if (!hasId && !hasReference) {
    issues.add(idPath, UserErrorCode.REQUIRED, 'Give exactly one of id or customerOrderReference: neither was given.');
    return;
  }
  if (hasId && hasReference) {
    // Flagged on the second key, as other "not both" rules do (tnMask/tnWildcard).
    issues.add(referencePath, UserErrorCode.CONFLICT, 'Give exactly one of id or customerOrderReference, not both.');
    return;
  }
  if (hasId) {
    if (ref.id!.trim() === '') issues.add(idPath, UserErrorCode.REQUIRED, `${fieldPath(idPath)} must not be blank.`);
    else if (!isCarrierOrderId(ref.id)) {
      issues.add(
        idPath,
        UserErrorCode.INVALID,
        `${fieldPath(idPath)} must be a carrier order id: digits only, at most 15 of them, e.g. "1025001".`,
      );
    }
    return;
  }
  issues.customerOrderReference(referencePath, ref.customerOrderReference);
}

/** The upstream key of a checked reference. */
export function toOrderRef(ref: OrderRefArgs): OrderRef {
  return ref.id !== undefined && ref.id !== null ? { orderId: ref.id } : { customerOrderReference: ref.customerOrderReference! };
}

/** The input field that named the order, for userErrors about the order itself. */
export function orderRefPath(path: Path, ref: OrderRef): Path {
  return [...path, 'orderId' in ref ? 'id' : 'customerOrderReference'];
}

/** How messages name the order: "order 1025001" or "the order with customerOrderReference SEED5056". */
export function describeOrderRef(ref: OrderRef): string {
  return 'orderId' in ref ? `order ${ref.orderId}` : `the order with customerOrderReference ${ref.customerOrderReference}`;
}
