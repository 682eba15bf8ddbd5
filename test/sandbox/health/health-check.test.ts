import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../helpers.js';

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await Harness.start();
  token = await h.refreshToken();
});
afterAll(async () => {
  await h.close();
});

const url = () => `${h.sb.url}/HealthChecker/1.0.0/healthCheck`;

describe('GET /HealthChecker/1.0.0/healthCheck', () => {
  it("answers the guide's UP with the bearer token and no privateKey", async () => {
    const res = await fetch(url(), { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'UP', statusCode: '200' });
  });

  it('refuses a call without a token, and a POST', async () => {
    expect((await fetch(url())).status).toBe(401);
    const post = await fetch(url(), { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(post.status).toBe(405);
  });

  it('stands for a down carrier with an injected fault, and logs every call', async () => {
    await h.control('POST', 'faults', { operation: 'healthCheck', times: 1, httpStatus: 503 });
    expect((await fetch(url(), { headers: { authorization: `Bearer ${token}` } })).status).toBe(503);
    const calls = (await h.control('GET', 'calls')) as unknown as { calls?: { operation: string }[] } | { operation: string }[];
    const list = Array.isArray(calls) ? calls : (calls.calls ?? []);
    expect(list.filter((c) => c.operation === 'healthCheck').length).toBeGreaterThanOrEqual(4);
  });
});
