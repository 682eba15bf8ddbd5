/** What /tnForward and /tfForward share: the request item and the answer (an orderId, a number in the examples). */
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { orderId, record } from '../wire/schema.js';
import type { WireObject } from '../wire/values.js';

/** One number's forwarding: `forwardTo` sets it, `forwardTo: null` removes it (`removeForwardTo: "Y"`). */
export interface ForwardingChange {
  tn: Tn;
  forwardTo: Tn | null;
}

export interface ForwardingRequest {
  items: ForwardingChange[];
  customerOrderReference?: string | undefined;
}

/** The wrapper object is named after the operation (`tnForward`, `tfForward`); TNs go as strings, as both examples send them. */
export function forwardingRequest(operation: string, { items, customerOrderReference }: ForwardingRequest): WireObject {
  if (items.length === 0) throw invalidInput(operation, 'At least one number is required.');
  return {
    [operation]: compact({
      customerOrderReference,
      tnList: {
        tnItem: items.map((i) =>
          i.forwardTo === null
            ? { tn: inputTn(operation, i.tn), removeForwardTo: 'Y' }
            : { tn: inputTn(operation, i.tn), forwardTo: inputTn(operation, i.forwardTo) },
        ),
      },
    }),
  };
}

export const forwardingAnswer = record({ orderId });

export interface ForwardingListing {
  tn: Tn;
  forwardTo: Tn;
}
