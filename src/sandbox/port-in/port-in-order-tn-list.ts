/** /portInOrderTnList (L7146): one row per number on the account's pending port-in orders, with its own status. */
import { defineOperation } from '../operation.js';
import { offsetTimestamp, ok } from '../wire.js';
import { ORDER_STATUS_NAMES } from '../orders/shared/order-view.js';
import { tnStatusLabel } from './shared/port-lifecycle.js';
import { portInOrders } from './shared/port-orders.js';

export const portInOrderTnList = defineOperation({}, ({ state }) => {
  const orderType = portInOrders(state)
    .filter((o) => o.status === 'PENDING' || o.status === 'INCOMPLT')
    .sort((a, b) => a.id - b.id)
    .flatMap((o) =>
      o.items
        .filter((i) => !i.canceled)
        .map((i) => ({
          orderId: o.id,
          customerOrderReference: o.customerOrderReference,
          orderStatus: ORDER_STATUS_NAMES[o.status],
          desiredDueDate: offsetTimestamp(Date.parse(o.portIn!.desiredDueDate)),
          createdDate: offsetTimestamp(o.createdAt),
          createdUser: o.createdUser,
          rejectReasonName: i.port?.jeopardy ?? '',
          tn: i.tn, // a string here, unlike the other port-in answers (L7170)
          processName: i.port?.tnGroup ?? '',
          tnStatus: tnStatusLabel(o, i),
        })),
    );
  return ok({ orderList: { orderType } });
});
