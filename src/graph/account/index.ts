/** The account domain: the account's default settings. */
import { defineDomain } from '../common/domain-module.js';
import { AccountSettingsResolver } from './account-settings.resolver.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    account: Record<string, never>;
  }
}

export const accountDomain = defineDomain({
  name: 'account',
  resolvers: [AccountSettingsResolver],
  orphanedTypes: [],
  references: {},
  // Read fresh: a singleton read at most once per request, and the settings must show a change at once.
  cacheTtlMs: {},
  createLoaders: () => ({}),
  invalidates: {},
});
