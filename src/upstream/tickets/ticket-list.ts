/** /ticketList (L10701): the account's tickets matching the filters (read). Not paginated; 430 is an empty list. */
import { defineOperation } from '../define.js';
import { compact } from '../wire/request.js';
import { record, wrappedList } from '../wire/schema.js';
import { ticketSummarySchema, type TicketSummary } from './ticket-summary.js';

export interface TicketListFilter {
  ticketId?: string;
  /** YYYY-MM-DD, inclusive. */
  enteredFrom?: string;
  enteredTo?: string;
  customerTicketReference?: string;
  /** The display text, e.g. "Referred Out": this filter takes texts, not codes (L10716). */
  statusLabel?: string;
  /** Every status but `statusLabel`. */
  excludeStatus?: boolean;
}

export const ticketList = defineOperation({
  name: 'ticketList',
  kind: 'read',
  request: (f: TicketListFilter = {}) =>
    compact({
      troubleTicketId: f.ticketId,
      minEnterDate: f.enteredFrom,
      maxEnterDate: f.enteredTo,
      extlCompanyTicket: f.customerTicketReference,
      troubleTicketStatus: f.statusLabel,
      troubleTicketStatusExclude: f.statusLabel !== undefined && f.excludeStatus ? 'Y' : undefined,
    }),
  // A plain array in the guide (L10735); a `{ troubleTicket: [...] }` wrapper is read too.
  response: record({ troubleTicketList: wrappedList('troubleTicket', ticketSummarySchema) }),
  map: (wire): TicketSummary[] => wire.troubleTicketList,
  notFound: { empty: () => [] },
});
