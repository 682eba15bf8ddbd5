/**
 * GET /documents/tickets/:ticketId/:documentId and GET /documents/orders/:orderId/:documentId: a
 * ticket's or an order's document as a file a browser can save,
 * with its Content-Type and a Content-Disposition naming it. Authorised as /graphql is (the same
 * server, the same checks: none beyond the network's own, the gateway holding the carrier's
 * credentials); the document is read through a fresh per-request context like a GraphQL request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface DownloadableDocument {
  name: string;
  mimeType: string;
  content: Buffer;
}

/** The document, null when there is none; throws when the carrier cannot be read (answered 502). */
export type DocumentOwner = 'tickets' | 'orders';
export type DocumentSource = (owner: DocumentOwner, ownerId: string, documentId: string) => Promise<DownloadableDocument | null>;

const DOCUMENT_PATH = /^\/documents\/(tickets|orders)\/(\d+)\/(\d+)$/;
/** A download path with the wrong kind of key (e.g. a ticket's global id): answered with what to use instead. */
const MISKEYED_PATH = /^\/documents\/(tickets|orders)\/[^/]+\/[^/]+$/;

/** Quoted ASCII fallback plus RFC 5987 UTF-8 name, so any file name survives. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Serves the request when it is a document download; false when the path is not one. */
export async function serveDocument(
  source: DocumentSource | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (!source || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const match = DOCUMENT_PATH.exec(url.pathname);
  if (!match) {
    if (!MISKEYED_PATH.test(url.pathname)) return false;
    const owner = url.pathname.split('/')[2] === 'orders' ? 'the order id' : 'the ticket number (`Ticket.ticketNumber`)';
    sendError(
      res,
      404,
      'NOT_FOUND',
      `A document path takes ${owner} and the document id, both digits: use the document's \`downloadPath\`.`,
    );
    return true;
  }
  const [, owner, ownerId, documentId] = match as unknown as [string, DocumentOwner, string, string];
  let document: DownloadableDocument | null;
  try {
    document = await source(owner, ownerId, documentId);
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code ?? 'UPSTREAM_UNAVAILABLE';
    sendError(res, 502, code, 'The document could not be read from the carrier.');
    return true;
  }
  if (!document) {
    sendError(res, 404, 'NOT_FOUND', `No document ${documentId} on ${owner === 'orders' ? 'order' : 'ticket'} ${ownerId}.`);
    return true;
  }
  res.writeHead(200, {
    'content-type': document.mimeType,
    'content-length': String(document.content.length),
    'content-disposition': contentDisposition(document.name),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : document.content);
  return true;
}
