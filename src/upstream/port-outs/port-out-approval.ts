/**
 * /portOutApproval (L10576): as the losing carrier, approve every number of a port-out order
 * (write). 432 "User Error" carries the carrier's reason in `status`.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderIdField } from '../shared/order-ref.js';
import { invalidInput } from '../shared/tn.js';
import { record } from '../wire/schema.js';

export const portOutApproval = defineOperation({
  name: 'portOutApproval',
  kind: 'write',
  request: ({ orderId }: { orderId: string }) => {
    const id = orderIdField(orderId);
    if (id === undefined) throw invalidInput('portOutApproval', 'orderId is required');
    return { orderId: id };
  },
  response: record({}),
  map: (): true => true,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
