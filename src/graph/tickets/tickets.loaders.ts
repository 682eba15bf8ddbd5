/**
 * Per-request loaders of the tickets domain. /ticketDetail and /ticketNote
 * take one ticket per call: keys are de-duplicated and read in parallel with
 * the request's cap. Tickets move on the carrier's side with no write of ours
 * to tell us, so nothing here goes to the shared cache.
 *
 * /ticketList cannot filter by number and its items carry none, so the
 * tickets of a number are found by reading the list once per request and the
 * numbers of each ticket from its detail (the same loader `ticket { ... }`
 * uses); every number asked about in the request shares that one index. A
 * ticket's numbers are set when it is opened and never change, so they alone
 * go to the shared cache (TICKET_NUMBERS_CACHE_NAMESPACE): a later request
 * reads the details of new tickets only, not of every ticket of the account.
 */
import DataLoader from 'dataloader';
import type { TicketDetail } from '../../upstream/tickets/ticket-detail.js';
import type { TicketListFilter } from '../../upstream/tickets/ticket-list.js';
import type { TicketDocument } from '../../upstream/tickets/ticket-document.js';
import type { TicketNote } from '../../upstream/tickets/ticket-note.js';
import type { TicketSummary } from '../../upstream/tickets/ticket-summary.js';
import { cachedBatch, mapWithConcurrency } from '../common/batch.js';
import type { LoaderDeps } from '../common/context.js';

export interface TicketsLoaders {
  /** By ticket id; null when the carrier knows no such ticket. */
  ticketDetail: DataLoader<string, TicketDetail | null>;
  ticketNotes: DataLoader<string, TicketNote[]>;
  ticketDocuments: DataLoader<string, TicketDocument[]>;
  /** One /ticketList per distinct filter. */
  ticketList: DataLoader<TicketListFilter, TicketSummary[], string>;
  /** The numbers a ticket names (cached across requests: they never change). */
  ticketNumbers: DataLoader<string, TicketNumbers | null>;
  /** Number (up to 15 digits) → the ids of the tickets naming it as origin or destination. */
  ticketsByNumber(): Promise<ReadonlyMap<string, string[]>>;
}

/** The calling and called numbers of a ticket. */
export interface TicketNumbers {
  originatingNumber?: string;
  terminatingNumber?: string;
}

export const TICKET_NUMBERS_CACHE_NAMESPACE = 'ticket-numbers';

export function createTicketsLoaders(deps: LoaderDeps): TicketsLoaders {
  const { api, cache, logger, ttl, concurrency } = deps;

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

  const ticketNumbers = new DataLoader<string, TicketNumbers | null>((ids) =>
    cachedBatch<TicketNumbers | null>(
      ids,
      { cache, namespace: TICKET_NUMBERS_CACHE_NAMESPACE, ttlMs: ttl.ticketNumbers, logger },
      async (misses) =>
        (await ticketDetail.loadMany(misses)).map((d) =>
          d instanceof Error || !d ? d : { originatingNumber: d.originatingNumber, terminatingNumber: d.terminatingNumber },
        ),
    ),
  );

  let index: Promise<ReadonlyMap<string, string[]>> | undefined;
  const ticketsByNumber = () => {
    index ??= (async () => {
      const ids = (await ticketList.load({})).map((t) => t.ticketId);
      const numbers = await ticketNumbers.loadMany(ids);
      const byNumber = new Map<string, string[]>();
      numbers.forEach((named, i) => {
        if (named instanceof Error) throw named;
        if (!named) return;
        for (const tn of new Set([named.originatingNumber, named.terminatingNumber])) {
          if (tn !== undefined) byNumber.set(tn, [...(byNumber.get(tn) ?? []), ids[i]!]);
        }
      });
      return byNumber;
    })();
    return index;
  };

  return { ticketDetail, ticketNotes, ticketDocuments, ticketList, ticketNumbers, ticketsByNumber };
}
