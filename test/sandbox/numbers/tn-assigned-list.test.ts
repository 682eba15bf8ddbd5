import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

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

describe('tnAssignedList', () => {
  it('lists assigned TNs with numeric tn', async () => {
    const r = await h.call('tnAssignedList');
    const list = r.tnBasicList.tnBasicItem as J[];
    expect(list.length).toBeGreaterThan(150);
    expect(list).toContainEqual({ tn: 3123489651, tnStatus: 'In Service' });
    expect(list.every((x) => typeof x.tn === 'number')).toBe(true);
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnAssignedList', { tnStatus: 'INSVC' });
  });
});
