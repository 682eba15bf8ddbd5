/**
 * Order documents as a module of their own beside the orders domain (its loaders and invalidation
 * are its own): /orderDocument reads one order's documents, content included, per call; keys are
 * de-duplicated and read with the request's cap. Never shared-cached: content can be large.
 */
import DataLoader from 'dataloader';
import type { OrderDocument } from '../../upstream/orders/order-document.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import { defineDomain } from '../common/domain-module.js';
import { AddOrderDocumentResolver, OrderDocumentResolver, OrderDocumentsOfOrderResolver } from './order-documents.resolver.js';
import { OrderDocument as OrderDocumentType } from './order-documents.type.js';

export interface OrderDocumentsLoaders {
  /** By order id; [] when the order has none or is unknown. */
  byOrder: DataLoader<string, OrderDocument[]>;
}

declare module '../common/context.js' {
  interface GatewayLoaders {
    orderDocuments: OrderDocumentsLoaders;
  }
}

export const orderDocumentsDomain = defineDomain({
  name: 'orderDocuments',
  resolvers: [OrderDocumentResolver, OrderDocumentsOfOrderResolver, AddOrderDocumentResolver],
  orphanedTypes: [OrderDocumentType],
  references: {},
  cacheTtlMs: {},
  createLoaders: ({ api, concurrency }: LoaderDeps): OrderDocumentsLoaders => ({
    byOrder: new DataLoader((ids) => mapWithConcurrency(ids, concurrency, (orderId) => api.orders.orderDocument({ orderId }))),
  }),
  invalidates: {
    Order(ids, { loaders }) {
      for (const id of ids) loaders.orderDocuments.byOrder.clear(id);
    },
  },
});
