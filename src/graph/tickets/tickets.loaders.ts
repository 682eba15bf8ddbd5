/**
 * Per-request loaders of the tickets domain. /ticketDetail and /ticketNote
 * take one ticket per call: keys are de-duplicated and read in parallel with
 * the request's cap. Tickets move on the carrier's side with no write of ours
 * to tell us, so nothing here goes to the shared cache.
 *
 * /ticketList cannot filter by number and its items carry none, so the
 * tickets of a number are found by reading the list once per request and the
 * details of its tickets once each (the same loader `ticket { ... }` uses);
 * every number asked about in the request shares that one index.
 */
import DataLoader from 'dataloader';
import type { TicketDetail } from '../../upstream/tickets/ticket-detail.js';
import type { TicketListFilter } from '../../upstream/tickets/ticket-list.js';
import type { TicketDocument } from '../../upstream/tickets/ticket-document.js';
import type { TicketNote } from '../../upstream/tickets/ticket-note.js';
import type { TicketSummary } from '../../upstream/tickets/ticket-summary.js';
import { mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export interface TicketsLoaders {
  /** By ticket id; null when the carrier knows no such ticket. */
  ticketDetail: DataLoader<string, TicketDetail | null>;
  ticketNotes: DataLoader<string, TicketNote[]>;
  ticketDocuments: DataLoader<string, TicketDocument[]>;
  /** One /ticketList per distinct filter. */
  ticketList: DataLoader<TicketListFilter, TicketSummary[], string>;
  /** Number (up to 15 digits) → the tickets naming it as origin or destination. */
  ticketsByNumber(): Promise<ReadonlyMap<string, TicketDetail[]>>;
}

export function createTicketsLoaders(deps: LoaderDeps): TicketsLoaders {
  const { api, concurrency } = deps;

  const ticketDetail = new DataLoader<string, TicketDetail | null>((ids) =>
    mapWithConcurrency(ids, concurrency, (ticketId) => api.tickets.ticketDetail({ ticketId })),
  );
  const ticketNotes = new DataLoader<string, TicketNote[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (ticketId) => api.tickets.ticketNote({ ticketId })),
  );
  const ticketDocuments = new DataLoader<string, TicketDocument[]>((ids) =>
    mapWithConcurrency(ids, concurrency, (ticketId) => api.tickets.ticketDocument({ ticketId })),
  );
  const ticketList = new DataLoader<TicketListFilter, TicketSummary[], string>(
    (filters) => mapWithConcurrency(filters, concurrency, (filter) => api.tickets.ticketList(filter)),
    { cacheKeyFn: (filter) => JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b))) },
  );

  let index: Promise<ReadonlyMap<string, TicketDetail[]>> | undefined;
  const ticketsByNumber = () => {
    index ??= (async () => {
      const all = await ticketList.load({});
      const details = await ticketDetail.loadMany(all.map((t) => t.ticketId));
      const byNumber = new Map<string, TicketDetail[]>();
      for (const detail of details) {
        if (detail instanceof Error) throw detail;
        if (!detail) continue;
        for (const tn of new Set([detail.originatingNumber, detail.terminatingNumber])) {
          if (tn !== undefined) byNumber.set(tn, [...(byNumber.get(tn) ?? []), detail]);
        }
      }
      return byNumber;
    })();
    return index;
  };

  return { ticketDetail, ticketNotes, ticketDocuments, ticketList, ticketsByNumber };
}
