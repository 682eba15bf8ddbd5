/** Glue between the transport and the mappers, shared by the services. */
import { UpstreamError } from '../errors.js';
import { OPERATIONS, type OperationName } from '../operations.js';
import type { Transport } from '../transport.js';
import { WireFormatError, type WireObject } from '../wire.js';

/** Call one operation and map its success body; an unmappable body is UNAVAILABLE. */
export async function invoke<T>(
  transport: Transport,
  operation: OperationName,
  body: WireObject,
  map: (response: WireObject) => T,
): Promise<T> {
  const response = await transport.call(operation, OPERATIONS[operation], body);
  try {
    return map(response);
  } catch (error) {
    if (error instanceof WireFormatError) {
      throw new UpstreamError('UNAVAILABLE', operation, 'BAD_RESPONSE', `Unreadable ${operation} response: ${error.message}`);
    }
    throw error;
  }
}

/** A 430 "No Result(s) Found" read answered as an empty result. */
export async function emptyOnNotFound<T>(promise: Promise<T>, empty: () => T): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'NOT_FOUND') return empty();
    throw error;
  }
}
