import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS, startSandbox } from '../../src/sandbox/index.js';
import { Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

const basic = (k: string, s: string) => `Basic ${Buffer.from(`${k}:${s}`).toString('base64')}`;

describe('token endpoint', () => {
  it('issues a one-hour bearer token for client credentials', async () => {
    const res = await fetch(h.sb.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=sandbox-api-key&client_secret=sandbox-api-secret&grant_type=client_credentials',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({ scope: 'am_application_scope default', token_type: 'bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('rejects a wrong secret and a wrong grant type', async () => {
    const bad = await fetch(h.sb.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=sandbox-api-key&client_secret=nope&grant_type=client_credentials',
    });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as Record<string, any>).error).toBe('invalid_client');
    const grant = await fetch(h.sb.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=sandbox-api-key&client_secret=sandbox-api-secret&grant_type=password',
    });
    expect(grant.status).toBe(400);
  });
});

describe('Services auth', () => {
  const expect401001 = async (res: Response) => {
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({
      message: 'Invalid authentication information provided',
      status: 'Invalid credentials',
      statusCode: '401001',
    });
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$/);
  };

  it('returns the 401001 body without auth, with an unknown token and with bad Basic credentials', async () => {
    await expect401001(await h.raw('trunkGroupSearchAssigned', {}, { auth: null }));
    await expect401001(await h.raw('trunkGroupSearchAssigned', {}, { auth: 'Bearer not-a-token' }));
    await expect401001(await h.raw('trunkGroupSearchAssigned', {}, { auth: basic('sandbox-api-key', 'wrong') }));
  });

  it('accepts Basic base64(key:secret) and both API versions', async () => {
    const r = await h.call('trunkGroupSearchAssigned', {}, { auth: basic(SANDBOX_CREDENTIALS.apiKey, SANDBOX_CREDENTIALS.apiSecret) });
    expect(r.statusCode).toBe('200');
    const v1 = await h.call('trunkGroupSearchAssigned', {}, { version: '1.0.0' });
    expect(v1.trunkGroupNameList).toContainEqual({ trunkGroupName: 'CHCGIL24CL1_897' });
  });

  it('expires tokens after one hour of sandbox time and on revoke', async () => {
    await h.refreshToken();
    await h.control('POST', 'clock/advance', { ms: 3599_000 });
    expect((await h.call('trunkGroupSearchAssigned')).statusCode).toBe('200');
    await h.control('POST', 'clock/advance', { ms: 1_000 });
    await expect401001(await h.raw('trunkGroupSearchAssigned'));
    await h.refreshToken();
    expect((await h.call('trunkGroupSearchAssigned')).statusCode).toBe('200');
    await h.control('POST', 'tokens/revoke');
    await expect401001(await h.raw('trunkGroupSearchAssigned'));
    await h.refreshToken();
  });

  it('checks privateKey: 408 when blank or missing, 410 when wrong (HTTP 200)', async () => {
    const missing = await h.raw('trunkGroupSearchAssigned', {}, { privateKey: undefined });
    expect(missing.status).toBe(200);
    expect(await missing.json()).toEqual({ status: 'Private Key cannot be blank.', statusCode: '408' });
    expect(await h.call('trunkGroupSearchAssigned', {}, { privateKey: '' })).toEqual({
      status: 'Private Key cannot be blank.',
      statusCode: '408',
    });
    expect(await h.call('trunkGroupSearchAssigned', {}, { privateKey: 'Abcd1FghIjK2314mno5pqrX6yzab' })).toEqual({
      status: 'Private Key is not valid.',
      statusCode: '410',
    });
  });

  it('honours overridden credentials', async () => {
    const sb = await startSandbox({ clock: 'manual', credentials: { apiKey: 'k', apiSecret: 's', privateKey: 'pk' } });
    try {
      const res = await fetch(`${sb.servicesUrl}/trunkGroupSearchAssigned`, {
        method: 'POST',
        headers: { authorization: basic('k', 's') },
        body: JSON.stringify({ privateKey: 'pk' }),
      });
      expect(((await res.json()) as Record<string, any>).statusCode).toBe('200');
      expect(sb.credentials).toEqual({ apiKey: 'k', apiSecret: 's', privateKey: 'pk' });
    } finally {
      await sb.close();
    }
  });
});
