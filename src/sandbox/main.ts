/**
 * Standalone entry (`npm run sandbox` → dist/src/sandbox/main.js). Real clock.
 * SANDBOX_PORT (default 4010; 0 = free port), SANDBOX_SEED (default 1).
 */
import { DEFAULT_SEED, startSandbox } from './index.js';

const port = process.env['SANDBOX_PORT'] === undefined || process.env['SANDBOX_PORT'] === '' ? 4010 : Number(process.env['SANDBOX_PORT']);
const seed = process.env['SANDBOX_SEED'] ? Number(process.env['SANDBOX_SEED']) : DEFAULT_SEED;
if (!Number.isInteger(port) || port < 0) throw new Error(`invalid SANDBOX_PORT: ${process.env['SANDBOX_PORT']}`);
if (!Number.isInteger(seed)) throw new Error(`invalid SANDBOX_SEED: ${process.env['SANDBOX_SEED']}`);

const sb = await startSandbox({ port, seed, clock: 'real' });
const c = sb.credentials;
console.log(
  `carrier sandbox listening: services=${sb.servicesUrl} token=${sb.tokenUrl} control=${sb.url}/_sandbox ` +
    `seed=${seed} apiKey=${c.apiKey} apiSecret=${c.apiSecret} privateKey=${c.privateKey}`,
);
const shutdown = () => void sb.close().finally(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
