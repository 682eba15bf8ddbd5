import { defineSandboxDomain } from '../domain.js';
import { ticketAddDocument } from './ticket-add-document.js';
import { ticketAddNote } from './ticket-add-note.js';
import { ticketCreate } from './ticket-create.js';
import { ticketDetail } from './ticket-detail.js';
import { ticketDocument } from './ticket-document.js';
import { ticketList } from './ticket-list.js';
import { ticketNote } from './ticket-note.js';

export const tickets = defineSandboxDomain({
  name: 'tickets',
  operations: {
    ticketCreate,
    ticketList,
    ticketDetail,
    ticketAddNote,
    ticketNote,
    ticketAddDocument,
    ticketDocument,
  },
});
