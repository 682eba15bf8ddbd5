/** /ticketList (L10701): the account's tickets, filtered; not paginated. Nothing matching is 430 (vendor Swagger). */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, ok, readStr, readYN } from '../wire.js';
import { findTicket, stageOf, ticketBook, TICKET_STAGES } from './shared/ticket-book.js';
import { NO_RESULT } from './shared/ticket-replies.js';
import { listItem } from './shared/ticket-view.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ticketList = defineOperation(
  {
    troubleTicketId: ANY,
    minEnterDate: ANY,
    maxEnterDate: ANY,
    extlCompanyTicket: ANY,
    troubleTicketStatus: ANY,
    troubleTicketStatusExclude: ANY,
  },
  ({ state, now }, body) => {
    const book = ticketBook(state, now);
    const min = readStr(body.minEnterDate);
    const max = readStr(body.maxEnterDate);
    for (const [field, value] of [
      ['minEnterDate', min],
      ['maxEnterDate', max],
    ] as const) {
      if (value !== undefined && !DATE.test(value)) return fail('414', `Invalid Date format: ${field}`);
    }
    const status = readStr(body.troubleTicketStatus);
    // The filter takes the display texts (L10716); compared without regard to case.
    if (status !== undefined && !TICKET_STAGES.some((s) => s.status.toLowerCase() === status.toLowerCase())) {
      return fail('409', 'Invalid Input Parameters: troubleTicketStatus');
    }
    const exclude = readYN(body.troubleTicketStatusExclude) === 'Y';
    const id = readStr(body.troubleTicketId);
    if (id === '0') return fail('416', "These values can't be zero:troubleTicketId");
    const reference = readStr(body.extlCompanyTicket);
    const candidates = id !== undefined ? [findTicket(book, id)].filter((t) => t !== undefined) : [...book.tickets.values()];
    const matches = candidates
      .filter((t) => {
        const entered = listItem(t, now).enterDate;
        if (min !== undefined && entered < min) return false;
        if (max !== undefined && entered > max) return false;
        if (reference !== undefined && t.extlCompanyTicket !== reference) return false;
        if (status !== undefined) {
          const same = stageOf(t, now).status.toLowerCase() === status.toLowerCase();
          if (same === exclude) return false;
        }
        return true;
      })
      .sort((a, b) => b.id - a.id);
    if (matches.length === 0) return NO_RESULT;
    return ok({ troubleTicketList: matches.map((t) => listItem(t, now)) });
  },
);
