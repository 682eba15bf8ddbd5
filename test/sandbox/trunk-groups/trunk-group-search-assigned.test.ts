import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

describe('trunkGroupSearchAssigned', () => {
  it('lists the assigned trunk groups', async () => {
    const r = await h.call('trunkGroupSearchAssigned');
    expect(r).toEqual({
      status: 'Success',
      statusCode: '200',
      trunkGroupNameList: [
        'CHCGIL24CL1_897',
        'CHCGIL24CL1_898',
        'ATLNGAQS08T_266',
        'NWRKNJ02CL1_311',
        'DLLSTX11CL2_452',
        'LSANCA03CL1_120',
      ].map((trunkGroupName) => ({ trunkGroupName })),
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'trunkGroupSearchAssigned', { trunkGroupName: 'CHCGIL24CL1_897' });
  });
});
