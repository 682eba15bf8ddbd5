/** The E911 domain: address validation, provisioning, notification e-mails, and TelephoneNumber.e911. */
import DataLoader from 'dataloader';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import { defineDomain } from '../common/domain-module.js';
import { E911NotificationsResolver } from './e911-notifications.resolver.js';
import { E911Resolver } from './e911.resolver.js';
import { TelephoneNumberE911FieldResolver, TelephoneNumberE911Resolver } from './telephone-number-e911.resolver.js';

export interface E911Loaders {
  /** By TN: /tnE911NotificationList is single-key. */
  notificationEmails: DataLoader<string, string[]>;
}

declare module '../common/context.js' {
  interface GatewayLoaders {
    e911: E911Loaders;
  }
}

export const e911Domain = defineDomain({
  name: 'e911',
  resolvers: [E911Resolver, E911NotificationsResolver, TelephoneNumberE911FieldResolver, TelephoneNumberE911Resolver],
  orphanedTypes: [],
  references: {},
  cacheTtlMs: {},
  createLoaders: ({ api, concurrency }: LoaderDeps) => ({
    notificationEmails: new DataLoader<string, string[]>((tns) =>
      mapWithConcurrency(tns, concurrency, (tn) => api.e911.tnE911NotificationList(tn)),
    ),
  }),
  invalidates: {},
});
