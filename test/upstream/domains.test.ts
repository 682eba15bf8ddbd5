import { describe, expect, it } from 'vitest';
import { DOMAINS, OPERATIONS } from '../../src/upstream/domains.js';

describe('the surface derived from the operation definitions', () => {
  it('keys every operation by its own name', () => {
    for (const domain of Object.values(DOMAINS)) for (const [key, op] of Object.entries(domain)) expect(op.name).toBe(key);
  });

  it('derives the read/write table from every definition, one entry per operation', () => {
    const defined = Object.values(DOMAINS).flatMap((domain) => Object.values(domain).map((op) => [op.name, op.kind]));
    expect(Object.entries(OPERATIONS)).toEqual(defined);
  });

  it('keeps the kinds of the first operations as they were listed by hand before', () => {
    expect(OPERATIONS).toMatchObject({
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
    });
  });
});
