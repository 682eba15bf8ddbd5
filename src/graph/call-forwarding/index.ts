/** The call-forwarding domain: forwarding of telephone numbers and toll-free numbers. */
import DataLoader from 'dataloader';
import type { ForwardingListing } from '../../upstream/call-forwarding/forwarding.js';
import { defineDomain } from '../common/domain-module.js';
import type { LoaderDeps } from '../common/context.js';
import { CallForwardingResolver, TelephoneNumberCallForwardingResolver, TollFreeNumberCallForwardingResolver } from './call-forwarding.js';

/** Both lists take no key: each is read at most once per request. */
export interface CallForwardingLoaders {
  tnForwards: DataLoader<string, ForwardingListing[]>;
  tfForwards: DataLoader<string, ForwardingListing[]>;
}

declare module '../common/context.js' {
  interface GatewayLoaders {
    callForwarding: CallForwardingLoaders;
  }
}

const once = (load: () => Promise<ForwardingListing[]>) =>
  new DataLoader<string, ForwardingListing[]>(async (keys) => {
    try {
      const all = await load();
      return keys.map(() => all);
    } catch (error) {
      return keys.map(() => error as Error);
    }
  });

export const callForwardingDomain = defineDomain({
  name: 'callForwarding',
  resolvers: [CallForwardingResolver, TelephoneNumberCallForwardingResolver, TollFreeNumberCallForwardingResolver],
  orphanedTypes: [],
  references: {},
  cacheTtlMs: {},
  createLoaders: ({ api }: LoaderDeps) => ({
    tnForwards: once(() => api.callForwarding.tnForwardList()),
    tfForwards: once(() => api.callForwarding.tfForwardList()),
  }),
  invalidates: {},
});
