/**
 * `npm start` as a new user runs it: the compiled entry point, no variables,
 * so the gateway starts its own sandbox. Also: a bad variable stops start-up
 * with a message naming it and no stack trace.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/server/graphiql.js';
import { ensureBuilt, ROOT } from './support/build.js';

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return { ...env, ...extra };
}

// `npm test` has just compiled dist/ while type-checking; this compiles only a stale build.
beforeAll(() => ensureBuilt(), 180_000);

describe('configuration errors', () => {
  it('exits 1 naming the variable, without a stack trace', () => {
    let stderr = '';
    let code = 0;
    try {
      execFileSync('node', ['dist/src/main.js'], {
        cwd: ROOT,
        env: cleanEnv({ INTELIQUENT_API_KEY: 'k', INTELIQUENT_API_SECRET: 's' }),
        stdio: 'pipe',
      });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      code = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Configuration error: INTELIQUENT_SERVICES_URL, INTELIQUENT_TOKEN_URL are required because INTELIQUENT_API_KEY, INTELIQUENT_API_SECRET are set ' +
        '(INTELIQUENT_TOKEN_URL: INTELIQUENT_AUTH is oauth2, the default); unset every INTELIQUENT_* variable to use the built-in sandbox',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a PORT already in use is a configuration error naming PORT, not a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
    const port = (busy.address() as AddressInfo).port;
    let stderr = '';
    let code = 0;
    try {
      execFileSync('node', ['dist/src/main.js'], { cwd: ROOT, env: cleanEnv({ PORT: String(port), HOST: '127.0.0.1' }), stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      code = failed.status;
      stderr = failed.stderr.toString();
    } finally {
      busy.close();
    }
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`Configuration error: PORT ${port} is already in use; set PORT to another port (0 = any free port)`);
  });

  it('a SANDBOX_PORT already in use is a configuration error naming SANDBOX_PORT', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
    const port = (busy.address() as AddressInfo).port;
    let stderr = '';
    try {
      execFileSync('node', ['dist/src/main.js'], {
        cwd: ROOT,
        env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', SANDBOX_PORT: String(port) }),
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = (error as { stderr: Buffer }).stderr.toString();
    } finally {
      busy.close();
    }
    expect(stderr.trim()).toBe(
      `Configuration error: SANDBOX_PORT ${port} is already in use; set SANDBOX_PORT to another port, or unset it for any free port`,
    );
  });

  it('the standalone sandbox also names a bad variable without a stack trace', () => {
    let stderr = '';
    let code = 0;
    try {
      execFileSync('node', ['dist/src/sandbox/main.js'], { cwd: ROOT, env: cleanEnv({ SANDBOX_PORT: 'abc' }), stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      code = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Sandbox configuration error: SANDBOX_PORT must be a whole number from 0 to 65535 (got "abc")');
  });
});

describe('npm start with no credentials', () => {
  let child: ChildProcess;
  const lines: string[] = [];
  let base = '';

  beforeAll(async () => {
    child = spawn('node', ['dist/src/main.js'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: '0', HOST: '127.0.0.1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway did not start: ${lines.join('\n')}`)), 30_000);
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop()!;
        for (const line of parts) {
          lines.push(line);
          const graphql = /"graphql":"([^"]+)"/.exec(line);
          if (graphql) {
            clearTimeout(timer);
            resolve(graphql[1]!.replace(/\/graphql$/, ''));
          }
        }
      });
      child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${lines.join('\n')}`)));
    });
  }, 60_000);

  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('says in its first log line that it uses the built-in sandbox', () => {
    expect(JSON.parse(lines[0]!).msg).toMatch(/starting the built-in sandbox/);
  });

  it('prints the sandbox control API address in its ready line', () => {
    const ready = lines.map((l) => JSON.parse(l) as { msg: string }).find((l) => l.msg.startsWith('gateway ready'));
    expect(ready?.msg).toMatch(
      /GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql; sandbox carrier at http:\/\/127\.0\.0\.1:\d+\/Services\/2\.0\.0, its control API at http:\/\/127\.0\.0\.1:\d+\/_sandbox$/,
    );
  });

  it('answers /healthz and /readyz against the sandbox', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', ready: true, upstream: 'sandbox' });
  });

  it('serves GraphiQL with local assets only', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const asset of scripts) {
      expect(asset.startsWith('/')).toBe(true); // no CDN
      const res = await fetch(`${base}${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers the query GraphiQL opens with', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE_QUERY }),
    });
    const body = (await res.json()) as { data?: { trunkGroups: { name: string }[]; orders: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.orders.edges).toHaveLength(5);
    expect(body.data?.trunkGroups.length).toBeGreaterThan(0);
  });

  it('keeps CSRF prevention on: a simple request without a JSON content type is refused', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
  });
});
