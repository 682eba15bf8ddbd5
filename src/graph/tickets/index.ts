/** The tickets domain: trouble tickets, their notes, and the tickets of a number. */
import { defineDomain } from '../common/domain-module.js';
import { TelephoneNumberTicketsResolver, TicketNumbersResolver, resolveTicketReference } from './ticket-numbers.resolver.js';
import { TicketDocumentResolver, TicketDocumentsOfTicketResolver } from './ticket-documents.resolver.js';
import { TicketResolver } from './ticket.resolver.js';
import { Ticket } from './ticket.type.js';
import { createTicketsLoaders, type TicketsLoaders } from './tickets.loaders.js';

declare module '../common/context.js' {
  interface GatewayLoaders {
    tickets: TicketsLoaders;
  }
  interface EntityKeys {
    /** Carrier ticket id. */
    Ticket: string;
  }
  interface CacheTtls {
    ticketNumbers: number;
  }
}

export const ticketsDomain = defineDomain({
  name: 'tickets',
  resolvers: [
    TicketResolver,
    TicketDocumentResolver,
    TicketDocumentsOfTicketResolver,
    TicketNumbersResolver,
    TelephoneNumberTicketsResolver,
  ],
  orphanedTypes: [Ticket],
  nodeKeys: { Ticket: 'ticketNumber' },
  references: { Ticket: (ref, ctx) => resolveTicketReference(ref, ctx) },
  // Tickets move on the carrier's side with nothing of ours to tell us: only the numbers a ticket names, fixed when it is
  // opened, are cached across requests.
  cacheTtlMs: { ticketNumbers: 24 * 60 * 60 * 1000 },
  createLoaders: createTicketsLoaders,
  invalidates: {
    Ticket(ids, { loaders }) {
      for (const id of ids) {
        loaders.tickets.ticketDetail.clear(id);
        loaders.tickets.ticketNotes.clear(id);
        loaders.tickets.ticketDocuments.clear(id);
      }
      loaders.tickets.ticketList.clearAll();
    },
  },
});
