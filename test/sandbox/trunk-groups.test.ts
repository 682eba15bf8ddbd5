import { afterAll, beforeAll, expect, it } from 'vitest';
import { Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => { h = await Harness.start(); });
afterAll(async () => { await h.close(); });

it('lists the assigned trunk groups', async () => {
  const r = await h.call('trunkGroupSearchAssigned');
  expect(r).toEqual({
    status: 'Success',
    statusCode: '200',
    trunkGroupNameList: ['CHCGIL24CL1_897', 'CHCGIL24CL1_898', 'ATLNGAQS08T_266', 'NWRKNJ02CL1_311', 'DLLSTX11CL2_452', 'LSANCA03CL1_120'].map((trunkGroupName) => ({ trunkGroupName })),
  });
});
