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

describe('excludedTnList', () => {
  it('answers a malformed tn filter with 409 "Invalid TN submitted:" (L2647–L2651, L2722)', async () => {
    expect(await h.call('excludedTnList', { tn: 'abc' })).toEqual({ status: 'Invalid TN submitted:[abc]', statusCode: '409' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'excludedTnList', { telephoneNumber: '3123489651' });
  });

  it('accepts all three keys together, as the example sends them', async () => {
    expect(await h.call('excludedTnList', { tn: '3123489651', orderId: 1, customerOrderReference: 'X' })).toEqual({
      status: 'No Results found',
      statusCode: '430',
    });
  });
});
