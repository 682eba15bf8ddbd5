/** Orders are addressed by id or by the caller's own reference. */
import type { WireObject } from '../wire/values.js';
import { orderIdForRequest } from '../wire/values.js';
import { invalidInput } from './tn.js';

export type OrderRef = { orderId: string } | { customerOrderReference: string };

/** A caller's orderId as sent (see orderIdForRequest); undefined when absent or blank. */
export function orderIdField(orderId: string | null | undefined): number | string | undefined {
  // GraphQL inputs may pass null, and ids may arrive as numbers despite the type.
  return orderId != null && String(orderId).trim() !== '' ? orderIdForRequest(String(orderId)) : undefined;
}

/** /orderDetail, /orderCancel, /orderNote, …: `orderId` (number) or `customerOrderReference`. */
export function orderRefRequest(operation: string, ref: OrderRef): WireObject {
  const orderId = 'orderId' in ref ? orderIdField(ref.orderId) : undefined;
  if (orderId !== undefined) return { orderId };
  if ('customerOrderReference' in ref && ref.customerOrderReference && ref.customerOrderReference.trim() !== '') {
    return { customerOrderReference: ref.customerOrderReference };
  }
  throw invalidInput(operation, 'Either orderId or customerOrderReference is required');
}
