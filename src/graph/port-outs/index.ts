/** The port-outs domain: the account as the losing carrier (reject, approve) and the port-out history of numbers and orders. */
import { defineDomain } from '../common/domain-module.js';
import { OrderPortOutsResolver, PortOutHistoryResolver, TelephoneNumberPortOutsResolver } from './port-out-history.resolver.js';
import { PortOutMutationsResolver } from './port-outs.mutations.js';
import { createPortOutsLoaders, type PortOutsLoaders } from './port-outs.loaders.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    portOuts: PortOutsLoaders;
  }
}

export const portOutsDomain = defineDomain({
  name: 'portOuts',
  resolvers: [PortOutMutationsResolver, PortOutHistoryResolver, TelephoneNumberPortOutsResolver, OrderPortOutsResolver],
  orphanedTypes: [],
  references: {},
  // Changed by writes from any session: read once per request, never cached across requests.
  cacheTtlMs: {},
  createLoaders: createPortOutsLoaders,
  invalidates: {
    Order(_ids, { loaders }) {
      loaders.portOuts.clear();
    },
  },
});
