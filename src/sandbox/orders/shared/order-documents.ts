/**
 * Documents attached to orders, kept beside the state (orders themselves are shared with other
 * handlers): by order id, with the account's document ids counting up from the guide's example.
 */
import type { SandboxState } from '../../store.js';

export interface OrderDocumentRecord {
  documentId: number;
  name: string;
  description: string;
  content: string;
  at: number;
}

interface Book {
  nextId: number;
  byOrder: Map<number, OrderDocumentRecord[]>;
}

const books = new WeakMap<SandboxState, Book>();

function bookOf(state: SandboxState): Book {
  let b = books.get(state);
  if (!b) books.set(state, (b = { nextId: 207032, byOrder: new Map() }));
  return b;
}

export function documentsOf(state: SandboxState, orderId: number): OrderDocumentRecord[] {
  return bookOf(state).byOrder.get(orderId) ?? [];
}

export function addDocument(state: SandboxState, orderId: number, doc: Omit<OrderDocumentRecord, 'documentId'>): number {
  const b = bookOf(state);
  const documentId = b.nextId++;
  b.byOrder.set(orderId, [...(b.byOrder.get(orderId) ?? []), { documentId, ...doc }]);
  return documentId;
}

/** The carrier stores no type; the example answers "" (L10513). The sandbox names the few types it can recognise. */
export function sniffMimeType(base64: string): string {
  const head = Buffer.from(base64.slice(0, 16), 'base64');
  if (head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  return '';
}
