/** The routing-labels domain: toll-free routing labels, their routes to trunk groups, and renaming. */
import { defineDomain } from '../common/domain-module.js';
import { RenameRoutingLabelResolver } from './rename-routing-label.js';
import { createRoutingLabelsLoaders, type RoutingLabelsLoaders } from './routing-labels.loaders.js';
import {
  resolveRoutingLabelReference,
  RoutingLabelResolver,
  TollFreeNumberRoutingLabelResolver,
  TrunkGroupRoutingLabelsResolver,
} from './routing-label.resolver.js';
import { RoutingLabel } from './routing-label.type.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    routingLabels: RoutingLabelsLoaders;
  }
}

export const routingLabelsDomain = defineDomain({
  name: 'routingLabels',
  resolvers: [RoutingLabelResolver, TollFreeNumberRoutingLabelResolver, TrunkGroupRoutingLabelsResolver, RenameRoutingLabelResolver],
  orphanedTypes: [RoutingLabel],
  references: { RoutingLabel: (ref, ctx) => resolveRoutingLabelReference(ref, ctx) },
  nodeKeys: { RoutingLabel: 'name' },
  // Read fresh each request: a rename must show at once, and the list is one call.
  cacheTtlMs: {},
  createLoaders: createRoutingLabelsLoaders,
  invalidates: {},
});
