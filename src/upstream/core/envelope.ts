/**
 * The Services envelope (`status` + `statusCode`) and its classification.
 *
 * The carrier answers HTTP 200 with the outcome in the body's `statusCode`
 * (a string, sometimes a number); other deployments answer HTTP 4xx/5xx, with
 * or without an envelope. The body wins when it carries a statusCode; a body
 * without one is classified by the HTTP status.
 */
import type { UpstreamErrorKind } from './errors.js';
import { isObject, str, toStatusCode, type WireObject } from '../wire/values.js';

type Classification = { ok: true } | { ok: false; kind: UpstreamErrorKind; statusCode: string; message: string };

/** Envelope statusCodes that mean the credentials, token or privateKey were refused. */
const UNAUTHENTICATED_CODES = new Set(['401', '401001', '403', '408', '410', '1403']);
/** Codes that mean a refused privateKey only when the message says so (see classifyAnswer). */
const KEY_OR_FIELD_CODES = new Set(['408', '410']);
/** Codes that ask for a token refresh and one replay. */
const TOKEN_REFUSED_CODES = new Set(['401001']);

function classifyStatusCode(code: string): UpstreamErrorKind | 'SUCCESS' {
  // Only 200 means success in the body: the guide's examples use nothing
  // else, and the vendor Swagger documents 201 "Unable to release tns" as a
  // user error of /tnRelease.
  if (code === '200') return 'SUCCESS';
  if (/^2\d\d$/.test(code)) return 'REJECTED';
  // 430 "No Result Found" / "No Results Found" / "No records found" / "No Results found".
  if (code === '430') return 'NOT_FOUND';
  if (UNAUTHENTICATED_CODES.has(code) || /^401\d{3}$/.test(code)) return 'UNAUTHENTICATED';
  if (code === '431' || code === '429') return 'LIMIT_EXCEEDED';
  if (/^4\d\d$/.test(code)) return 'REJECTED';
  return 'UNAVAILABLE';
}

export function classifyHttpStatus(httpStatus: number): UpstreamErrorKind | 'SUCCESS' {
  if (httpStatus >= 200 && httpStatus < 300) return 'SUCCESS';
  if (httpStatus === 401 || httpStatus === 403) return 'UNAUTHENTICATED';
  if (httpStatus === 429) return 'LIMIT_EXCEEDED';
  if (httpStatus >= 400 && httpStatus < 500) return 'REJECTED';
  return 'UNAVAILABLE';
}

/** True when the answer says the bearer token was refused (refresh + replay once). */
export function isTokenRefused(httpStatus: number, body: WireObject | undefined): boolean {
  if (httpStatus === 401) return true;
  const code = body ? toStatusCode(body['statusCode']) : undefined;
  return code !== undefined && TOKEN_REFUSED_CODES.has(code);
}

/** Parse a body as a JSON object; undefined when it is not one. */
export function parseJsonObject(text: string): WireObject | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function defaultMessage(kind: UpstreamErrorKind, statusCode: string): string {
  switch (kind) {
    case 'NOT_FOUND':
      return 'No Result Found';
    case 'UNAUTHENTICATED':
      return 'Invalid credentials';
    case 'LIMIT_EXCEEDED':
      return 'Limit exceeded';
    case 'REJECTED':
      return `Request rejected (${statusCode})`;
    default:
      return `Service unavailable (${statusCode})`;
  }
}

/**
 * Classify one answer. `body` is the parsed JSON object, or undefined when the
 * body was empty or not JSON.
 */
export function classifyAnswer(httpStatus: number, body: WireObject | undefined): Classification {
  const code = body ? toStatusCode(body['statusCode']) : undefined;
  const statusText = body ? str(body['status']) : undefined;
  if (code !== undefined) {
    let kind = classifyStatusCode(code);
    // 410 is "Private Key is not valid" almost everywhere, but the order operations also use it
    // for "Invalid Order Id" (guide L10544); 408 is "Private Key cannot be blank" in the guide
    // (L2648, L10544) but the vendor Swagger also uses it for field checks ("Province must be two
    // character long", "orderNote must not exceed 4000 characters"). Only a privateKey message
    // is about our credentials.
    if (KEY_OR_FIELD_CODES.has(code) && statusText !== undefined && !/private\s*key/i.test(statusText)) kind = 'REJECTED';
    if (kind === 'SUCCESS') return { ok: true };
    return { ok: false, kind, statusCode: code, message: statusText ?? str(body?.['message']) ?? defaultMessage(kind, code) };
  }
  // No statusCode: trust a literal "Success", else the HTTP status.
  const httpKind = classifyHttpStatus(httpStatus);
  if (httpKind === 'SUCCESS') {
    if (body === undefined) {
      return { ok: false, kind: 'UNAVAILABLE', statusCode: `HTTP ${httpStatus}`, message: 'Unreadable response body' };
    }
    if (statusText === undefined || statusText.toLowerCase() === 'success') return { ok: true };
    // A status text without a code on HTTP 2xx: the carrier refused the request.
    return { ok: false, kind: 'REJECTED', statusCode: `HTTP ${httpStatus}`, message: statusText };
  }
  const statusCode = `HTTP ${httpStatus}`;
  return { ok: false, kind: httpKind, statusCode, message: statusText ?? defaultMessage(httpKind, statusCode) };
}
