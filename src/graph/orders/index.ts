/** The orders domain: orders, their lines and notes, and the order mutations. */
import { defineDomain } from '../common/domain-module.js';
import {
  ExcludedTelephoneNumberResolver,
  OrderLineResolver,
  OrderResolver,
  resolveOrderReference,
  TelephoneNumberOrdersResolver,
} from './order.resolver.js';
import { OrderExclusionsResolver } from './order-exclusions.resolver.js';
import { UpdateOrderResolver } from './order-update.resolver.js';
import { ORDER_LINE_TYPES } from './order-lines.js';
import { Order } from './order.type.js';
import { createOrdersLoaders, ORDER_CACHE_NAMESPACE, ORDER_NOTES_CACHE_NAMESPACE, type OrdersLoaders } from './orders.loaders.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    orders: OrdersLoaders;
  }
  interface CacheTtls {
    order: number;
  }
  interface EntityKeys {
    /** Carrier order id. */
    Order: string;
  }
}

export const ordersDomain = defineDomain({
  name: 'orders',
  resolvers: [
    OrderResolver,
    OrderLineResolver,
    ExcludedTelephoneNumberResolver,
    TelephoneNumberOrdersResolver,
    OrderExclusionsResolver,
    UpdateOrderResolver,
  ],
  orphanedTypes: [Order, ...ORDER_LINE_TYPES],
  references: { Order: (ref, ctx) => resolveOrderReference(ref, ctx) },
  // Order.id is the bare carrier order id; node(id:) also takes its global form.
  nodeKeys: { Order: 'id' },
  // Orders move fast; only settled (Closed, Canceled) ones are cached at all.
  cacheTtlMs: { order: 5_000 },
  createLoaders: createOrdersLoaders,
  invalidates: {
    // Orders of a TN are keyed by (tn, page); a write may add an order to any page.
    TelephoneNumber(_tns, { loaders }) {
      loaders.orders.ordersOfTn.clearAll();
    },
    async Order(orderIds, { loaders, dropFromCache }) {
      for (const id of orderIds) {
        loaders.orders.orderDetail.clear(id);
        loaders.orders.orderSummary.clear(id);
        loaders.orders.orderNotes.clear(id);
        loaders.orders.excludedByOrder.clear(id);
        loaders.orders.excludedFeaturesByOrder.clear(id);
        loaders.orders.excludedE911ByOrder.clear(id);
      }
      loaders.orders.orderByReference.clearAll();
      await dropFromCache(ORDER_CACHE_NAMESPACE, orderIds);
      await dropFromCache(ORDER_NOTES_CACHE_NAMESPACE, orderIds);
    },
  },
});
