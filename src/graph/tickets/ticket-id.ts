/** A ticket named by its global id (Ticket.id) or by the carrier's ticket number (digits): the number, or undefined. */
import { fromGlobalId } from '../common/node.js';

export function ticketNumberOf(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d+$/.test(text)) return text;
  const decoded = fromGlobalId(text);
  return decoded?.type === 'Ticket' && /^\d+$/.test(decoded.key) ? decoded.key : undefined;
}
