/**
 * Per-request loaders of the port-out domain. /tnPortOutHistory is account-wide with no filter: it is
 * read once per request and indexed by number and by order, so a list of numbers (or orders) asking
 * for their port-outs costs one call. Not shared-cached: the approve and reject writes of any
 * session change it.
 */
import type { PortOutHistoryEntry } from '../../upstream/port-outs/tn-port-out-history.js';
import type { LoaderDeps } from '../common/context.js';

export interface PortOutHistoryIndex {
  byTn: ReadonlyMap<string, PortOutHistoryEntry[]>;
  byOrder: ReadonlyMap<string, PortOutHistoryEntry[]>;
}

export interface PortOutsLoaders {
  history(): Promise<PortOutHistoryIndex>;
  /** Forget the history read (after a write). */
  clear(): void;
}

function push(map: Map<string, PortOutHistoryEntry[]>, key: string, e: PortOutHistoryEntry): void {
  map.set(key, [...(map.get(key) ?? []), e]);
}

export function createPortOutsLoaders({ api }: LoaderDeps): PortOutsLoaders {
  let index: Promise<PortOutHistoryIndex> | undefined;
  return {
    history() {
      index ??= api.portOuts.tnPortOutHistory().then((entries) => {
        const byTn = new Map<string, PortOutHistoryEntry[]>();
        const byOrder = new Map<string, PortOutHistoryEntry[]>();
        for (const e of entries) {
          push(byTn, e.tn, e);
          push(byOrder, e.orderId, e);
        }
        return { byTn, byOrder };
      });
      return index;
    },
    clear() {
      index = undefined;
    },
  };
}
