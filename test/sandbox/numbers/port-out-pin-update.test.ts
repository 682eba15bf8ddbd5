import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items } from '../helpers.js';

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

describe('portOutPinUpdate', () => {
  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and changes nothing", async () => {
    await expectUnrecognized(h, 'portOutPinUpdate', { portOutPin: items([3123489652], { portOutPin: 'New PIN 9652' }), pin: 'x' });
    await expectUnrecognized(h, 'portOutPinUpdate', { portOutPin: items([3123489652], { pin: 'New PIN 9652' }) });
    expect((await h.detail('3123489652'))!.portOutPin).not.toBe('New PIN 9652');
    expect(await h.call('portOutPinUpdate', { portOutPin: items([3123489652], { portOutPin: 'New PIN 9652' }) })).toEqual({
      status: 'Success',
      statusCode: '200',
    });
  });
});
