export { createCarrierApi, type CarrierClientOptions } from './client.js';
export type { UpstreamCallEvent, OperationKind } from './transport.js';
export type { AuthOptions } from './auth.js';
export { UpstreamError, type UpstreamErrorKind } from './errors.js';
export type * from './api.js';
export type * from './model.js';
