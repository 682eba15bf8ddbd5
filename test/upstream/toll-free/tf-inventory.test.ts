import { describe, expect, it } from 'vitest';
import { tfInventory } from '../../../src/upstream/toll-free/tf-inventory.js';

describe('/tfInventory', () => {
  it("sends the guide's requests", () => {
    expect(tfInventory.request({ tnMask: '800xxxxxxx', sequential: false, quantity: 5 })).toEqual({
      tnMask: '800xxxxxxx',
      sequential: false,
      quantity: 5,
    });
    expect(tfInventory.request({ tnWildcard: '844CALL***', quantity: 1 })).toEqual({ tnWildcard: '844CALL***', quantity: 1 });
  });

  it("reads the guide's example (tn a number, CICs one comma-separated string)", () => {
    const body = {
      status: 'Success',
      statusCode: '200',
      tfList: { tfItem: [{ tn: 8442255030, respOrgPrefix: 'QYR01', cic: '0913,0555,5102,2121' }] },
    };
    expect(tfInventory.parse(body, { quantity: 1 })).toEqual([
      { tn: '8442255030', respOrgId: 'QYR01', cics: ['0913', '0555', '5102', '2121'] },
    ]);
  });
});
