/**
 * The account's trouble tickets. They live beside the rest of the sandbox state (one book per
 * SandboxState, so a reset starts a new book) and are seeded on first use, relative to that
 * moment's sandbox time. A ticket's status is not stored: it follows from the time since it was
 * entered (TICKET_STAGES), so seeded and new tickets move on the sandbox clock with no tick.
 */
import type { SandboxState } from '../../store.js';

const HOUR = 3_600_000;

/** The statuses in the order a ticket passes them (guide L10716), and when each starts. */
export const TICKET_STAGES: ReadonlyArray<{ status: string; fromMs: number }> = [
  { status: 'Open', fromMs: 0 },
  { status: 'Referred Out', fromMs: 1 * HOUR },
  { status: '24-Hour Monitor', fromMs: 4 * HOUR },
  { status: 'Resolved', fromMs: 28 * HOUR },
  { status: 'Ready for Closure', fromMs: 52 * HOUR },
  { status: 'Closed', fromMs: 76 * HOUR },
];

export interface TicketNoteRecord {
  noteId: number;
  note: string;
  at: number;
  user: string;
}

export interface TicketDocumentRecord {
  documentId: number;
  name: string;
  description: string;
  content: string;
  isPublic: boolean;
  at: number;
}

export interface TicketRecord {
  id: number;
  enteredAt: number;
  contactName: string;
  contactPhone: string;
  extension: string;
  contactEmailAddress: string;
  countryRef: string;
  description: string;
  occurDate: string;
  extlCompanyTicket: string;
  problemCode: string;
  origTn: string;
  termTn: string;
  enterUser: string;
  notes: TicketNoteRecord[];
  documents: TicketDocumentRecord[];
}

export class TicketBook {
  readonly tickets = new Map<number, TicketRecord>();
  private nextTicketId = 120642;
  private nextNoteId = 294648;
  private nextDocumentId = 118855;

  newTicketId(): number {
    return this.nextTicketId++;
  }

  newNoteId(): number {
    return this.nextNoteId++;
  }

  newDocumentId(): number {
    return this.nextDocumentId++;
  }
}

/** How far a ticket has got at `now`. */
export function stageOf(ticket: TicketRecord, now: number): { status: string; since: number; index: number } {
  const age = now - ticket.enteredAt;
  let index = 0;
  TICKET_STAGES.forEach((stage, i) => {
    if (age >= stage.fromMs) index = i;
  });
  return { status: TICKET_STAGES[index]!.status, since: ticket.enteredAt + TICKET_STAGES[index]!.fromMs, index };
}

const books = new WeakMap<SandboxState, TicketBook>();

export function ticketBook(state: SandboxState, now: number): TicketBook {
  let book = books.get(state);
  if (!book) {
    book = seedTickets(state, now);
    books.set(state, book);
  }
  return book;
}

/** Three tickets from the guide's examples, on the account's first assigned numbers: one closed, one referred out, one open. */
function seedTickets(state: SandboxState, now: number): TicketBook {
  const book = new TicketBook();
  const [first = '4108677001', second = '4432141004', third = '3123805555'] = [...state.assigned.keys()].sort();
  const base = {
    countryRef: 'USA',
    extension: '',
    enterUser: 'Wink, Will',
    notes: [] as TicketNoteRecord[],
    documents: [] as TicketDocumentRecord[],
  };
  const seeded: TicketRecord[] = [
    {
      ...base,
      id: 432789,
      enteredAt: now - 10 * 24 * HOUR,
      contactName: 'Will Wink',
      contactPhone: '3123805555',
      contactEmailAddress: 'wwink@email.com',
      description: 'Receiving fast busy tone',
      occurDate: day(now - 11 * 24 * HOUR),
      extlCompanyTicket: '',
      problemCode: 'FASTBUSY',
      origTn: first,
      termTn: '4432141004',
    },
    {
      ...base,
      id: 65869,
      enteredAt: now - 2 * HOUR,
      contactName: 'Bob Laugh',
      contactPhone: '3129894422',
      contactEmailAddress: 'blaugh@email.com',
      description: 'Calls dropping after a minute',
      occurDate: day(now - 24 * HOUR),
      extlCompanyTicket: 'Ticket9043',
      problemCode: 'CALLDROP',
      origTn: '442071234567',
      termTn: second,
    },
    {
      ...base,
      id: 65843,
      enteredAt: now - 30 * 60_000,
      contactName: 'Sharon Smile',
      contactPhone: '8885551234',
      extension: '1234',
      contactEmailAddress: 'ssmile@email.com',
      description: 'CNAM issue, please resolve.',
      occurDate: day(now),
      extlCompanyTicket: 'TestTicketNum01',
      problemCode: 'CALLERID',
      origTn: third,
      termTn: first,
      notes: [{ noteId: 7122562, note: 'A note to follow so', at: now - 20 * 60_000, user: 'api_user' }],
    },
  ];
  for (const t of seeded) book.tickets.set(t.id, t);
  return book;
}

export const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The ticket a request names by troubleTicketId (a number or a numeric string). */
export function findTicket(book: TicketBook, id: unknown): TicketRecord | undefined {
  const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
  return /^\d+$/.test(text) ? book.tickets.get(Number(text)) : undefined;
}
