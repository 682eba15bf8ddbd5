/** The port-in domain: porting numbers in from other carriers (guide §Port In, §Port-In Status). */
import { defineDomain } from '../common/domain-module.js';
import { CorrectPortInResolver } from './correct-port-in.resolver.js';
import { PortInMutationResolver } from './port-in.mutations.js';
import { PortInQueryResolver } from './port-in.queries.js';
import { createPortInLoaders, type PortInLoaders } from './port-in.loaders.js';
import {
  OrderPortInResolver,
  PortingNumberResolver,
  PortInOrderResolver,
  TelephoneNumberPortInResolver,
} from './port-in-order.resolver.js';
import { resolvePortingNumber, resolvePortInOrder } from './port-in.references.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    portIn: PortInLoaders;
  }
}

export const portInDomain = defineDomain({
  name: 'portIn',
  resolvers: [
    PortInQueryResolver,
    PortInMutationResolver,
    CorrectPortInResolver,
    PortInOrderResolver,
    OrderPortInResolver,
    PortingNumberResolver,
    TelephoneNumberPortInResolver,
  ],
  orphanedTypes: [],
  nodeKeys: { PortInOrder: 'id', PortingNumber: 'key' },
  references: { PortInOrder: resolvePortInOrder, PortingNumber: resolvePortingNumber },
  // Port statuses change on the carrier's side at any time: read fresh.
  cacheTtlMs: {},
  createLoaders: createPortInLoaders,
  invalidates: {
    Order(_ids, { loaders }) {
      loaders.portIn.portInOrderPage.clearAll();
      loaders.portIn.portInOrderById.clearAll();
    },
  },
});
