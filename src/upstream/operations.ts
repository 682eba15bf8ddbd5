/**
 * Every upstream operation the client calls, declared read or write.
 * Reads are retried with backoff on transient failures; writes never are,
 * except when the carrier cannot have acted: a failed token request (nothing
 * was sent) and the one refresh-and-replay after a refused token.
 */
import type { OperationKind } from './transport.js';

export const OPERATIONS = {
  tnInventory: 'read',
  tnInventoryCoverage: 'read',
  tnReserve: 'write',
  tnRelease: 'write',
  tnReservedList: 'read',
  tnOrder: 'write',
  tnAssignedList: 'read',
  tnDetail: 'read',
  tnUpdate: 'write',
  tnFeatureOrder: 'write',
  portOutPinUpdate: 'write',
  tnNoteUpdate: 'write',
  tnDisconnect: 'write',
  orderList: 'read',
  orderDetail: 'read',
  orderCancel: 'write',
  orderAddNote: 'write',
  orderNote: 'read',
  excludedTnList: 'read',
  trunkGroupSearchAssigned: 'read',
} as const satisfies Record<string, OperationKind>;

export type OperationName = keyof typeof OPERATIONS;
