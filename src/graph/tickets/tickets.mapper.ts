/** Upstream ticket records → graph objects. */
import type { TicketDetail } from '../../upstream/tickets/ticket-detail.js';
import type { TicketNote as TicketNoteRecord } from '../../upstream/tickets/ticket-note.js';
import type { TicketSummary } from '../../upstream/tickets/ticket-summary.js';
import { Ticket, TicketNote } from './ticket.type.js';
import { ticketStatusOf } from './tickets.enums.js';

export function ticketFromSummary(summary: TicketSummary): Ticket {
  const t = new Ticket();
  t.ticketNumber = summary.ticketId;
  t.status = ticketStatusOf(summary.statusLabel);
  t.statusLabel = summary.statusLabel ?? null;
  t.customerTicketReference = summary.customerTicketReference ?? null;
  t.enteredOn = summary.enteredOn ?? null;
  if (summary.contactName !== undefined) t.listedContactName = summary.contactName;
  return t;
}

export function ticketFromDetail(detail: TicketDetail): Ticket {
  const t = ticketFromSummary({
    ticketId: detail.ticketId,
    ...(detail.statusLabel !== undefined ? { statusLabel: detail.statusLabel } : {}),
    ...(detail.customerTicketReference !== undefined ? { customerTicketReference: detail.customerTicketReference } : {}),
    ...(detail.enteredOn !== undefined ? { enteredOn: detail.enteredOn } : {}),
  });
  t.detail = detail;
  return t;
}

export function toTicketNote(note: TicketNoteRecord): TicketNote {
  const n = new TicketNote();
  n.id = note.noteId ?? null;
  n.text = note.note;
  n.createdAt = note.insertedAt ?? null;
  n.createdBy = note.insertedByName ?? note.insertedBy ?? null;
  return n;
}
