import { expect } from 'vitest';
import { startSandbox, SANDBOX_CREDENTIALS, type RunningSandbox } from '../../src/sandbox/index.js';

export type J = Record<string, any>;

/** A sandbox on a free port with the manual clock, plus small fetch helpers. */
export class Harness {
  private token = '';
  private constructor(readonly sb: RunningSandbox) {}

  static async start(seed = 1): Promise<Harness> {
    const h = new Harness(await startSandbox({ clock: 'manual', seed }));
    await h.refreshToken();
    return h;
  }

  async refreshToken(): Promise<string> {
    const res = await fetch(this.sb.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: SANDBOX_CREDENTIALS.apiKey,
        client_secret: SANDBOX_CREDENTIALS.apiSecret,
        grant_type: 'client_credentials',
      }),
    });
    const body = (await res.json()) as J;
    this.token = body['access_token'];
    return this.token;
  }

  /** POST a Services op with the bearer token and the default privateKey. */
  async call(op: string, body: J = {}, opts: { version?: string; auth?: string | null; privateKey?: unknown } = {}): Promise<J> {
    const res = await this.raw(op, body, opts);
    return (await res.json()) as J;
  }

  raw(op: string, body: J = {}, opts: { version?: string; auth?: string | null; privateKey?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = opts.auth === undefined ? `Bearer ${this.token}` : opts.auth;
    if (auth !== null) headers['authorization'] = auth;
    const payload =
      'privateKey' in opts
        ? opts.privateKey === undefined
          ? { ...body }
          : { privateKey: opts.privateKey, ...body }
        : { privateKey: SANDBOX_CREDENTIALS.privateKey, ...body };
    const base = opts.version ? `${this.sb.url}/Services/${opts.version}` : this.sb.servicesUrl;
    return fetch(`${base}/${op}`, { method: 'POST', headers, body: JSON.stringify(payload) });
  }

  async control(method: string, path: string, body?: J): Promise<J> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const res = await fetch(`${this.sb.url}/_sandbox/${path}`, init);
    return (await res.json()) as J;
  }

  /** Advances the sandbox clock, then takes a fresh token (long advances outlive the one-hour token). */
  async advance(ms: number): Promise<J> {
    const r = await this.control('POST', 'clock/advance', { ms });
    await this.refreshToken();
    return r;
  }

  /** First N available inventory TNs matching a mask. */
  async inventory(mask: string, size = 10, extra: J = {}): Promise<string[]> {
    const r = await this.call('tnInventory', { tnMask: mask, pageSort: { size }, ...extra });
    return (r['tnResult'] ?? []).map((x: J) => x['telephoneNumber']);
  }

  async detail(tn: string): Promise<J | undefined> {
    const r = await this.call('tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: tn }] } });
    return r['tnList']?.['tnItem']?.[0];
  }

  close(): Promise<void> {
    return this.sb.close();
  }
}

export const items = (tns: Array<string | number>, extra: J = {}) => ({ tnList: { tnItem: tns.map((tn) => ({ tn, ...extra })) } });

/** The guide's answer to a request carrying a field its operation does not know (/tnE911 "Bad" example, L3440–L3451). */
const UNRECOGNIZED_BODY = '{"status":"Request format not recognized (Unrecognized fields in json)","statusCode":"400"}';

/** Posts `body` to `op` and expects that answer byte for byte, with HTTP 200 as in the guide. */
export async function expectUnrecognized(h: Harness, op: string, body: J, opts: { privateKey?: unknown } = {}): Promise<void> {
  const res = await h.raw(op, body, opts);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe(UNRECOGNIZED_BODY);
}
