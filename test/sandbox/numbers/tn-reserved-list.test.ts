import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items, type J } from '../helpers.js';

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

const reserve = (list: string[]) => h.call('tnReserve', { tnReserve: items(list) });
const guideTns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];

describe('tnReservedList', () => {
  it('expires reservations after four hours of sandbox time', async () => {
    await reserve(guideTns);
    await h.advance(4 * 3600_000 - 1);
    expect((await h.call('tnReservedList')).reservedTns).toHaveLength(5);
    await h.advance(1);
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await h.inventory('201554001x')).toEqual(['2015540010', '2015540011', '2015540012', '2015540013']);
  });

  it('expires staggered reservations each at its own four hours', async () => {
    await reserve(['2015540010']);
    await h.advance(2 * 3600_000);
    await reserve(['2015540011']);
    await h.advance(2 * 3600_000);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540011']);
    await reserve(['2015540012']);
    await h.advance(2 * 3600_000 - 1);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540011', '2015540012']);
    await h.advance(1);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540012']);
    await h.advance(2 * 3600_000);
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnReservedList', { pageSort: { size: 10 } });
  });
});

describe('malformed request bodies', () => {
  it("answer 400 with the guide's exact text and HTTP 200 (L3449, L9691)", async () => {
    const res = await fetch(`${h.sb.servicesUrl}/tnReservedList`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await h.refreshToken()}` },
      // The guide's own /tnReservedList example, trailing comma included (L1370).
      body: '{\n  "privateKey": "sandbox-api-key",\n}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'Request format not recognized (Unrecognized fields in json)', statusCode: '400' });
  });
});
