/** Finding port-in orders: every port-in order of the account, and the one a request names. */
import type { SandboxState } from '../../store.js';
import type { Order } from '../../types.js';
import { fail, readStr, required, type Json, type Reply } from '../../wire.js';

export const portInOrders = (state: SandboxState): Order[] => [...state.orders.values()].filter((o) => o.kind === 'PORT_IN');

/** "A value must be sent for either orderId or customerOrderReference"; orderId wins when both are sent (the examples send both). */
export function namedPortInOrder(state: SandboxState, body: Json): Order | Reply {
  const id = readStr(body['orderId']);
  const ref = readStr(body['customerOrderReference']);
  if (id === undefined && ref === undefined) return required('orderId or customerOrderReference');
  const o =
    id !== undefined
      ? state.orders.get(Number(id))
      : portInOrders(state)
          .filter((x) => x.customerOrderReference === ref)
          .sort((a, b) => b.id - a.id)[0];
  // The order operations' answer for an order they cannot act on (L10544).
  return o?.kind === 'PORT_IN' ? o : fail('410', 'Invalid Order Id');
}
