import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
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

describe('orderNote', () => {
  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'orderNote', { orderId: 1026470, noteId: '29984646' });
  });
});
