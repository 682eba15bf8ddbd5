/**
 * Documents on tickets: their graph type, the checks an upload passes before any call, and the
 * file a download serves. The carrier keeps a document's name and base64 content but no MIME
 * type, so the type travels in the name's extension (added on upload when missing) and is read
 * back from it, or from the content's first bytes.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../common/user-error.js';
import type { Issues, Path } from '../common/validation.js';

/** The guide states no size limit; 2 MB decoded keeps an upload (base64, a third larger) inside the gateway's 4 MB request limit. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/zip': 'zip',
};
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type])),
  jpeg: 'image/jpeg',
};

@ObjectType({
  description:
    'A file attached to a ticket. Its content is read only when `content` is selected; `downloadPath` serves it over plain ' +
    'HTTP for a browser to save.\n\nCarrier: /ticketDocument.',
})
export class TicketDocument {
  @Field(() => ID, { description: "The carrier's document id (documentId)." }) id!: string;
  @Field(() => String, { nullable: true, description: 'File name, e.g. "screenshot.png".' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Description given on upload.' }) description?: string | null;
  @Field(() => String, {
    description: "MIME type, from the file name's extension or the content itself; application/octet-stream when unknown.",
  })
  mimeType!: string;
  @Field(() => Int, { nullable: true, description: 'Size in bytes, decoded; null when the carrier sent no content.' }) size?: number | null;
  @Field(() => String, { description: 'Path on this gateway that downloads the file: GET it (same authorisation as /graphql).' })
  downloadPath!: string;
  /** The base64 content (resolved by `content` only when selected). */
  base64?: string;
}

/** Check an upload; returns the name to send (with an extension that names its type). */
export function checkUpload(issues: Issues, path: Path, upload: { name: string; mimeType: string; contentBase64: string }): string {
  const content = upload.contentBase64.replace(/\s+/g, '');
  if (content === '') issues.add([...path, 'contentBase64'], UserErrorCode.REQUIRED, 'contentBase64 must not be empty.');
  else if (content.length % 4 !== 0 || !BASE64.test(content)) {
    issues.add([...path, 'contentBase64'], UserErrorCode.INVALID, 'contentBase64 is not valid base64 (A-Z, a-z, 0-9, +, / and = padding).');
  } else if (decodedSize(content) > MAX_DOCUMENT_BYTES) {
    issues.add(
      [...path, 'contentBase64'],
      UserErrorCode.TOO_LONG,
      `The document is ${decodedSize(content)} bytes; at most ${MAX_DOCUMENT_BYTES} are accepted.`,
    );
  }
  if (!MIME.test(upload.mimeType)) issues.add([...path, 'mimeType'], UserErrorCode.INVALID, 'mimeType must look like "image/png".');
  const name = upload.name.trim();
  const ext = EXTENSIONS[upload.mimeType.toLowerCase()];
  return ext && !name.toLowerCase().endsWith(`.${ext}`) && typeOfName(name) === undefined ? `${name}.${ext}` : name;
}

export const decodedSize = (base64: string): number => {
  const clean = base64.replace(/\s+/g, '');
  return Math.floor((clean.length * 3) / 4) - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0);
};

const typeOfName = (name: string | undefined): string | undefined => {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name ?? '')?.[1]?.toLowerCase();
  return ext ? TYPES_BY_EXTENSION[ext] : undefined;
};

/** The MIME type of a stored document: its name's extension, else its first bytes. */
export function mimeTypeOf(name: string | undefined, base64: string | undefined): string {
  const named = typeOfName(name);
  if (named) return named;
  const head = Buffer.from((base64 ?? '').slice(0, 16), 'base64');
  if (head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  return 'application/octet-stream';
}

export function toTicketDocument(
  ticketId: string,
  d: { documentId: string; name?: string; description?: string; content?: string },
): TicketDocument {
  const out = new TicketDocument();
  out.id = d.documentId;
  out.name = d.name ?? null;
  out.description = d.description ?? null;
  out.mimeType = mimeTypeOf(d.name, d.content);
  out.size = d.content === undefined ? null : decodedSize(d.content);
  out.downloadPath = `/documents/tickets/${encodeURIComponent(ticketId)}/${encodeURIComponent(d.documentId)}`;
  if (d.content !== undefined) out.base64 = d.content;
  return out;
}
