/**
 * /tnRequest (L4543): ask the carrier to add numbers to inventory, optionally activating them
 * (write). The criteria go at the top level with no wrapper; the quantity is a JSON number, as in
 * the example; `activate` is "Y"/"N".
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { compact } from '../wire/request.js';
import { orderId, record } from '../wire/schema.js';
import { boolToYn } from '../wire/values.js';

export interface TnRequestCriteria {
  customerOrderReference?: string | undefined;
  /** Two-letter state or province (the carrier calls it `state` here, `province` in /tnInventory). */
  state?: string | undefined;
  lata?: string | undefined;
  rateCenter?: string | undefined;
  npa?: string | undefined;
  nxx?: string | undefined;
  trunkGroup?: string | undefined;
  quantity: number;
  activate?: boolean | undefined;
}

export const tnRequest = defineOperation({
  name: 'tnRequest',
  kind: 'write',
  request: (criteria: TnRequestCriteria) =>
    compact({
      customerOrderReference: criteria.customerOrderReference,
      state: criteria.state,
      lata: criteria.lata,
      rateCenter: criteria.rateCenter,
      npa: criteria.npa,
      nxx: criteria.nxx,
      quantity: criteria.quantity,
      trunkGroup: criteria.trunkGroup,
      activate: boolToYn(criteria.activate),
    }),
  // orderId is a string in the example ("3212323"); the shared block also reads a number or "null".
  response: record({ orderId }),
  map: (wire) => ({ orderId: wire.orderId }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
