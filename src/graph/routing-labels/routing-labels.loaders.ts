/**
 * Routing labels: /routingLabelSearchAssigned lists every label and takes no key (read at most
 * once per request); /routingLabelDetail takes one label, so each label's routes cost one call per
 * request, de-duplicated and concurrency-capped.
 */
import DataLoader from 'dataloader';
import type { RoutingLabelRoute } from '../../upstream/routing-labels/routing-label-detail.js';
import type { RoutingLabelSummary } from '../../upstream/routing-labels/routing-label-search-assigned.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export const ALL_LABELS = 'all';

export interface RoutingLabelsLoaders {
  labels: DataLoader<typeof ALL_LABELS, RoutingLabelSummary[]>;
  /** Keyed by the carrier's label. */
  routes: DataLoader<string, RoutingLabelRoute[]>;
}

export function createRoutingLabelsLoaders({ api, concurrency }: LoaderDeps): RoutingLabelsLoaders {
  const labels = new DataLoader<typeof ALL_LABELS, RoutingLabelSummary[]>(async (keys) => {
    try {
      const all = await api.routingLabels.routingLabelSearchAssigned();
      return keys.map(() => all);
    } catch (error) {
      return keys.map(() => error as Error);
    }
  });
  const routes = new DataLoader<string, RoutingLabelRoute[]>((names) =>
    mapWithConcurrency(names, concurrency, (routingLabel) => api.routingLabels.routingLabelDetail({ routingLabel })),
  );
  return { labels, routes };
}

/** A label by its carrier label or the customer's name for it. */
export function findLabel(all: readonly RoutingLabelSummary[], key: string): RoutingLabelSummary | undefined {
  return all.find((l) => l.routingLabel === key) ?? all.find((l) => l.customerAssignedName === key);
}
