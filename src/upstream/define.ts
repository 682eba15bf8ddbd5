/**
 * One carrier operation, declared once: its path, read or write, request
 * builder, response schema, mapping and not-found policy. The client, the
 * read/write table, the call budget and the test fakes are derived from these
 * declarations (see domains.ts), so adding an operation edits its own file and
 * one line of its domain's index.ts.
 */
import type { z } from 'zod';
import { UpstreamError } from './core/errors.js';
import { scrub } from './core/failures.js';
import type { OperationKind, OperationRoute, Transport } from './core/transport.js';
import { parseWire } from './wire/schema.js';
import { WireFormatError, type WireObject } from './wire/values.js';

export interface NotFoundPolicy<I, O> {
  /** The answer to a 430 "No Result Found"; absent, the NOT_FOUND error stays. */
  empty?: (input: I) => O;
  /**
   * A 410 that is not about the private key (the envelope already classified
   * those): "Invalid Order Id" (guide L10544). For a read of one order it is
   * the order not existing, like 430.
   */
  invalidOrderId?: boolean | ((input: I) => boolean);
}

/** For writes and reads whose "not found" the caller must see as an error. */
export const NOT_FOUND_IS_AN_ERROR = {} as const;

interface Definition<N extends string, I, W, O> {
  /** The carrier's path and operation name, e.g. "tnNoteUpdate". */
  name: N;
  /** Reads are retried on transient failures; writes never are. */
  kind: OperationKind;
  /** The body, without privateKey (the transport adds it); may throw an INVALID_INPUT UpstreamError. */
  request: (input: I) => WireObject;
  /** The success body. */
  response: z.ZodType<W, unknown>;
  notFound: NotFoundPolicy<I, O>;
  /** An answer that needs no carrier call (a batch write of no TNs is not sent); undefined to call. */
  withoutCall?: (input: I) => O | undefined;
  /** Values that must not leave in an answer or an error (a PIN the carrier could quote back). */
  secrets?: (input: I) => readonly string[];
  /** Absent for the usual POST under servicesUrl; /healthCheck is a GET on its own base path. */
  route?: OperationRoute;
}

export interface Operation<N extends string, I, O> {
  readonly name: N;
  readonly kind: OperationKind;
  readonly request: (input: I) => WireObject;
  /** Read a success body; throws WireFormatError when it is not the documented shape. */
  readonly parse: (body: WireObject, input: I) => O;
  /** Call the carrier (or not, see withoutCall) and answer mapped; rejects with UpstreamError only. */
  readonly invoke: (transport: Transport, input: I) => Promise<O>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<string, any, any>;

export function defineOperation<const N extends string, I, W, O>(
  definition: Definition<N, I, W, O> & { map: (wire: W, input: I) => O },
): Operation<N, I, O>;
export function defineOperation<const N extends string, I, W>(definition: Definition<N, I, W, W>): Operation<N, I, W>;
export function defineOperation<const N extends string, I, W, O>(
  definition: Definition<N, I, W, O> & { map?: (wire: W, input: I) => O },
): Operation<N, I, O> {
  const { name, kind, request, response, notFound, withoutCall, secrets, route } = definition;
  const map = definition.map ?? ((wire: W) => wire as unknown as O);
  const parse = (body: WireObject, input: I): O => map(parseWire(response, body), input);

  const decode = (body: WireObject, input: I): O => {
    try {
      return parse(body, input);
    } catch (error) {
      if (error instanceof WireFormatError) {
        throw new UpstreamError('UNAVAILABLE', name, 'BAD_RESPONSE', `Unreadable ${name} response: ${error.message}`);
      }
      throw error;
    }
  };

  const notFoundAnswer = (error: unknown, input: I): { answer: O } | undefined => {
    if (!(error instanceof UpstreamError)) return undefined;
    const invalidOrder = typeof notFound.invalidOrderId === 'function' ? notFound.invalidOrderId(input) : notFound.invalidOrderId;
    const isNotFound = error.kind === 'NOT_FOUND' || (invalidOrder === true && error.kind === 'REJECTED' && error.statusCode === '410');
    if (!isNotFound) return undefined;
    if (notFound.empty) return { answer: notFound.empty(input) };
    if (error.kind !== 'NOT_FOUND') throw new UpstreamError('NOT_FOUND', error.operation, error.statusCode, error.message);
    return undefined;
  };

  const call = async (transport: Transport, input: I): Promise<O> => {
    const early = withoutCall?.(input);
    if (early !== undefined) return early;
    const body = request(input);
    try {
      return decode(await transport.call(name, kind, body, route), input);
    } catch (error) {
      const found = notFoundAnswer(error, input);
      if (found) return found.answer;
      throw error;
    }
  };

  const invoke = secrets
    ? async (transport: Transport, input: I): Promise<O> => {
        try {
          return await call(transport, input);
        } catch (error) {
          if (error instanceof UpstreamError) {
            throw new UpstreamError(error.kind, error.operation, error.statusCode, scrub(error.message, secrets(input)));
          }
          throw error;
        }
      }
    : call;

  return { name, kind, request, parse, invoke };
}
