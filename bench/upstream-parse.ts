/**
 * `npm run build && node dist/bench/upstream-parse.js`: the CPU cost of reading
 * carrier answers, apart from HTTP and GraphQL. Runs the nested query of
 * nested-query.ts once against the sandbox, keeps the success bodies the
 * transport returned (50 /orderDetail, the /tnDetail pages, the /orderList),
 * then times each operation's `parse` (zod schema + mapping) over them.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { startSandbox } from '../src/sandbox/index.js';
import { Transport } from '../src/upstream/core/transport.js';
import { orderDetail } from '../src/upstream/orders/order-detail.js';
import { orderList } from '../src/upstream/orders/order-list.js';
import { tnDetail } from '../src/upstream/numbers/tn-detail.js';
import type { WireObject } from '../src/upstream/wire/values.js';
import { QUERY } from './nested-query-text.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

async function captureBodies(): Promise<Map<string, WireObject[]>> {
  const bodies = new Map<string, WireObject[]>();
  const original = Transport.prototype.call;
  Transport.prototype.call = async function (this: Transport, ...args: Parameters<Transport['call']>) {
    const body = await original.apply(this, args);
    bodies.set(args[0], [...(bodies.get(args[0]) ?? []), structuredClone(body)]);
    return body;
  };
  const sandbox = await startSandbox({ clock: 'manual' });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    INTELIQUENT_SERVICES_URL: sandbox.servicesUrl,
    INTELIQUENT_TOKEN_URL: sandbox.tokenUrl,
    INTELIQUENT_API_KEY: sandbox.credentials.apiKey,
    INTELIQUENT_API_SECRET: sandbox.credentials.apiSecret,
    INTELIQUENT_PRIVATE_KEY: sandbox.credentials.privateKey,
    LOG_LEVEL: 'silent',
  });
  const gateway = await startGateway(config, createLogger('silent'), { cacheTtlMs: { telephoneNumber: 0, order: 0, trunkGroups: 0 } });
  try {
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  } finally {
    Transport.prototype.call = original;
    await gateway.close();
    await sandbox.close();
  }
  return bodies;
}

function time(label: string, bodies: WireObject[], parse: (body: WireObject) => unknown, items: (out: any) => number): void {
  let count = 0;
  for (let i = 0; i < 20; i++) for (const b of bodies) parse(b);
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) for (const b of bodies) count += items(parse(b));
  const ms = (performance.now() - started) / ROUNDS;
  const perItem = count > 0 ? `, ${((ms * 1000 * ROUNDS) / count).toFixed(2)} µs per item` : '';
  process.stdout.write(`${label}: ${bodies.length} bodies, ${count / ROUNDS} items, ${ms.toFixed(3)} ms per set${perItem}\n`);
}

async function main() {
  const bodies = await captureBodies();
  const details = bodies.get('orderDetail') ?? [];
  const pages = bodies.get('tnDetail') ?? [];
  const lists = bodies.get('orderList') ?? [];
  time(
    'orderDetail',
    details,
    (b) => orderDetail.parse(b, { orderId: '1' }),
    (o) => o.lines.length,
  );
  time(
    'tnDetail',
    pages,
    (b) => tnDetail.parse(b, { criteria: [] }),
    (p) => p.items.length,
  );
  time(
    'orderList',
    lists,
    (b) => orderList.parse(b, {}),
    (p) => p.items.length,
  );
  const json = [...details, ...pages, ...lists].map((b) => JSON.stringify(b));
  time(
    'JSON.parse of the same bodies',
    [{}],
    () => json.map((t) => JSON.parse(t)),
    () => 0,
  );
}

main().catch((error) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
