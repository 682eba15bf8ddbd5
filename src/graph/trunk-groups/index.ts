/** The trunk groups domain: the account's trunk groups and the numbers routed to them. */
import { defineDomain } from '../common/domain-module.js';
import {
  OrderLineTrunkGroupResolver,
  resolveTrunkGroupReference,
  TelephoneNumberTrunkGroupResolver,
  TrunkGroupResolver,
} from './trunk-group.resolver.js';
import { TrunkGroup } from './trunk-group.type.js';
import { createTrunkGroupsLoaders, type TrunkGroupsLoaders } from './trunk-groups.loaders.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    trunkGroups: TrunkGroupsLoaders;
  }
  interface CacheTtls {
    trunkGroups: number;
  }
}

export const trunkGroupsDomain = defineDomain({
  name: 'trunkGroups',
  resolvers: [TrunkGroupResolver, TelephoneNumberTrunkGroupResolver, OrderLineTrunkGroupResolver],
  orphanedTypes: [TrunkGroup],
  nodeKeys: { TrunkGroup: 'name' },
  references: { TrunkGroup: (ref) => resolveTrunkGroupReference(ref) },
  // Trunk groups almost never change; no write of the gateway changes them.
  cacheTtlMs: { trunkGroups: 60_000 },
  createLoaders: createTrunkGroupsLoaders,
  invalidates: {},
});
