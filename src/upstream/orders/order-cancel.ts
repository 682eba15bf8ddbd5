/** /orderCancel: cancel an open order (write; 410 "Invalid Order Id" stays a refusal). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { record } from '../wire/schema.js';

export const orderCancel = defineOperation({
  name: 'orderCancel',
  kind: 'write',
  request: (ref: OrderRef) => orderRefRequest('orderCancel', ref),
  response: record({}),
  map: (): void => undefined,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
