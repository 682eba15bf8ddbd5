/** The reference domain: account-wide lists and reference data the carrier keeps (guide §Reference). */
import { defineDomain } from '../common/domain-module.js';
import { Lata, TollFreeCic } from './cic.type.js';
import { CnamDipSettingResolver } from './cnam-dip.resolver.js';
import {
  CallerIdStorageNumberLink,
  DirectoryListingNumberLink,
  E911NumberLink,
  MessagingNumberLink,
} from './feature-list-links.resolver.js';
import { clearFeatureLists } from './feature-lists.loaders.js';
import { FeatureListsResolver } from './feature-lists.resolver.js';
import { RateCenterReferenceResolver } from './rate-center.resolver.js';
import { createReferenceLoaders, type ReferenceLoaders } from './reference.loaders.js';
import { ReferenceListsResolver, resolveTollFreeCicReference } from './reference.resolver.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    reference: ReferenceLoaders;
  }
}

export const referenceDomain = defineDomain({
  name: 'reference',
  resolvers: [
    CnamDipSettingResolver,
    RateCenterReferenceResolver,
    ReferenceListsResolver,
    FeatureListsResolver,
    CallerIdStorageNumberLink,
    DirectoryListingNumberLink,
    E911NumberLink,
    MessagingNumberLink,
  ],
  orphanedTypes: [TollFreeCic, Lata],
  references: { TollFreeCic: (ref, ctx) => resolveTollFreeCicReference(ref, ctx) },
  nodeKeys: { TollFreeCic: 'cic' },
  // CNAM dip pages are read fresh: a setting changed by updateTelephoneNumberFeatures shows at once.
  cacheTtlMs: {},
  createLoaders: createReferenceLoaders,
  // A feature change can flip a number's setting: later pages of this request read again.
  invalidates: {
    TelephoneNumber: (_tns, { loaders }) => {
      loaders.reference.cnamDipPage.clearAll();
      clearFeatureLists(loaders.reference);
    },
  },
});
