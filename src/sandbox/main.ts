/**
 * Standalone entry (`npm run sandbox` → dist/src/sandbox/main.js). Real clock.
 * SANDBOX_PORT (default 4010; 0 = free port), SANDBOX_SEED (default 1).
 * Bad settings stop it with one line naming the variable, like the gateway.
 */
import { DEFAULT_SEED, startSandbox } from './index.js';

function fail(message: string): never {
  process.stderr.write(`Sandbox configuration error: ${message}\n`);
  process.exit(1);
}

function wholeNumber(name: string, fallback: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) fail(`${name} must be a whole number from 0 to ${max} (got "${raw}")`);
  return Number(raw);
}

const port = wholeNumber('SANDBOX_PORT', 4010, 65535);
const seed = wholeNumber('SANDBOX_SEED', DEFAULT_SEED, 2 ** 31 - 1);

const sb = await startSandbox({ port, seed, clock: 'real' }).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${port} is already in use; set SANDBOX_PORT to another port (0 = any free port)`);
  fail(error instanceof Error ? error.message : String(error));
});
const c = sb.credentials;
console.log(
  `carrier sandbox listening: services=${sb.servicesUrl} token=${sb.tokenUrl} control=${sb.url}/_sandbox ` +
    `seed=${seed} apiKey=${c.apiKey} apiSecret=${c.apiSecret} privateKey=${c.privateKey}`,
);
const shutdown = () => void sb.close().finally(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
