/** The account domain: the account's default settings. */
import { defineDomain } from '../common/domain-module.js';
import { toAccountSettings } from './account-settings.mapper.js';
import { AccountSettingsResolver } from './account-settings.resolver.js';
import { ACCOUNT_SETTINGS_KEY } from './account-settings.type.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    account: Record<string, never>;
  }
}

export const accountDomain = defineDomain({
  name: 'account',
  resolvers: [AccountSettingsResolver],
  orphanedTypes: [],
  references: {
    AccountSettings: async (ref, ctx) =>
      ref['key'] === ACCOUNT_SETTINGS_KEY ? toAccountSettings(await ctx.api.account.accountDefaultDetail()) : null,
  },
  nodeKeys: { AccountSettings: 'key' },
  // Read fresh: a singleton read at most once per request, and the settings must show a change at once.
  cacheTtlMs: {},
  createLoaders: () => ({}),
  invalidates: {},
});
