/** The reference domain: account-wide lists and reference data the carrier keeps (guide §Reference). */
import { defineDomain } from '../common/domain-module.js';
import { CnamDipSettingResolver } from './cnam-dip.resolver.js';
import { createReferenceLoaders, type ReferenceLoaders } from './reference.loaders.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    reference: ReferenceLoaders;
  }
}

export const referenceDomain = defineDomain({
  name: 'reference',
  resolvers: [CnamDipSettingResolver],
  orphanedTypes: [],
  references: {},
  // Pages are read fresh: a setting changed by updateTelephoneNumberFeatures shows at once.
  cacheTtlMs: {},
  createLoaders: createReferenceLoaders,
  // A feature change can flip a number's setting: later pages of this request read again.
  invalidates: { TelephoneNumber: (_tns, { loaders }) => void loaders.reference.cnamDipPage.clearAll() },
});
