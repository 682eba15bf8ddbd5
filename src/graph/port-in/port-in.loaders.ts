/**
 * Port-in reads, batched as the carrier allows: portability takes a list (one call per
 * PORTABILITY_BATCH numbers); the pending numbers of the whole account are one call
 * (/portInOrderTnList) read once per request and indexed; per-order and per-number reads are
 * de-duplicated and concurrency-capped.
 */
import DataLoader from 'dataloader';
import type { ActivationGroup } from '../../upstream/port-in/port-in-order-available-activation.js';
import type { PortInOrderFilter, PortInOrderSummary } from '../../upstream/port-in/port-in-order-list.js';
import type { PortingNumberRow } from '../../upstream/port-in/port-in-order-tn-list.js';
import type { Portability } from '../../upstream/port-in/port-in-availability.js';
import type { CustomerServiceRecord } from '../../upstream/port-in/tn-csr-lookup.js';
import type { Page } from '../../upstream/shared/page.js';
import { chunk, mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';
import { isUpstreamNotFound } from '../common/errors.js';

/** Numbers per /portInAvailability call. The guide sets no list size; 500 is the graph's list maximum. */
export const PORTABILITY_BATCH = 500;

/**
 * Port-in orders asked for by id in one request: up to this many pages of the whole list (newest first,
 * PORT_IN_LIST_PAGE each) are read for them, then any still missing (older ones) by id, one call each.
 */
export const PORT_IN_LIST_PAGES = 2;
export const PORT_IN_LIST_PAGE = 500;

export interface PortInLoaders {
  portability: DataLoader<string, Portability | null>;
  customerServiceRecord: DataLoader<string, CustomerServiceRecord>;
  /** Every number on the account's pending port-ins (one call per request). */
  pendingNumbers: DataLoader<'all', PortingNumberRow[]>;
  portInOrderPage: DataLoader<PortInOrderFilter, Page<PortInOrderSummary>, string>;
  /** One port-in order by id; several in one request share pages of the list (see PORT_IN_LIST_PAGES). */
  portInOrderById: DataLoader<string, PortInOrderSummary | null>;
  activationGroups: DataLoader<string, ActivationGroup[]>;
}

export function createPortInLoaders({ api, concurrency }: LoaderDeps): PortInLoaders {
  const portability = new DataLoader<string, Portability | null>(
    async (tns) => {
      const answers = new Map<string, Portability>();
      const batches = await mapWithConcurrency(chunk(tns, PORTABILITY_BATCH), concurrency, (part) =>
        api.portIn.portInAvailability({ tns: part, withServiceProvider: true }),
      );
      for (const batch of batches) {
        if (batch instanceof Error) throw batch;
        for (const a of batch) answers.set(a.tn, a);
      }
      return tns.map((tn) => answers.get(tn) ?? null);
    },
    { maxBatchSize: PORTABILITY_BATCH * 4 },
  );
  const customerServiceRecord = new DataLoader<string, CustomerServiceRecord>((tns) =>
    mapWithConcurrency(tns, concurrency, (tn) => api.portIn.tnCsrLookup({ tn })),
  );
  const pendingNumbers = new DataLoader<'all', PortingNumberRow[]>(async (keys) => {
    const rows = await api.portIn.portInOrderTnList();
    return keys.map(() => rows);
  });
  const portInOrderPage = new DataLoader<PortInOrderFilter, Page<PortInOrderSummary>, string>(
    (filters) => mapWithConcurrency(filters, concurrency, (f) => api.portIn.portInOrderList(f)),
    { cacheKeyFn: (f) => JSON.stringify(f) },
  );
  const portInOrderById = new DataLoader<string, PortInOrderSummary | null>(async (ids) => {
    const found = new Map<string, PortInOrderSummary>();
    // The carrier answers "no results" as a not-found error: an empty page.
    const read = (filter: PortInOrderFilter) =>
      portInOrderPage.load(filter).catch((error: unknown) => {
        if (isUpstreamNotFound(error)) return { items: [], page: 1, totalPages: 0, totalItems: 0 };
        throw error;
      });
    const byId = async (orderId: string) => {
      const order = (await read({ orderId, page: { page: 1, size: 1 } })).items.find((o) => o.orderId === orderId);
      if (order) found.set(orderId, order);
    };
    if (ids.length > 1) {
      for (let n = 1; n <= PORT_IN_LIST_PAGES && ids.some((id) => !found.has(id)); n++) {
        const page = await read({ page: { page: n, size: PORT_IN_LIST_PAGE, property: 'orderId', direction: 'desc' } });
        for (const o of page.items) found.set(o.orderId, o);
        if (n >= page.totalPages) break;
      }
    }
    const missing = ids.filter((id) => !found.has(id));
    const failures = (await mapWithConcurrency(missing, concurrency, byId)).filter((r) => r instanceof Error);
    if (failures.length > 0) throw failures[0];
    return ids.map((id) => found.get(id) ?? null);
  });
  const activationGroups = new DataLoader<string, ActivationGroup[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (orderId) => api.portIn.portInOrderAvailableActivation({ orderId })),
  );
  return { portability, customerServiceRecord, pendingNumbers, portInOrderPage, portInOrderById, activationGroups };
}
