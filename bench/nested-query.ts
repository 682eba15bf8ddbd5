/**
 * `npm run bench`: a nested query (50 orders → their numbers → each number's
 * trunk group) through the gateway against the sandbox over real HTTP, at 0 ms
 * and 50 ms injected upstream latency, with the read cache off (every query
 * goes upstream) and on. Prints upstream calls per query (from the sandbox's
 * own call log) and p50/p99 latency, and writes them to bench/results.local.md
 * (ignored by git): a run on a busy laptop must not rewrite the committed
 * results by accident. `npm run bench -- --update` writes bench/results.md.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { startSandbox } from '../src/sandbox/index.js';
import { QUERY } from './nested-query-text.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const WARMUP = 3;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function control(url: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${url}/_sandbox${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

interface Row {
  cache: 'off' | 'on';
  latencyMs: number;
  concurrency: number;
  callsPerQuery: number;
  callsByOperation: Record<string, number>;
  p50: number;
  p99: number;
  orders: number;
  numbers: number;
}

async function measure(cache: 'off' | 'on', latencyMs: number, concurrency: number): Promise<Row> {
  const sandbox = await startSandbox({ clock: 'manual' });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    INTELIQUENT_SERVICES_URL: sandbox.servicesUrl,
    INTELIQUENT_TOKEN_URL: sandbox.tokenUrl,
    INTELIQUENT_API_KEY: sandbox.credentials.apiKey,
    INTELIQUENT_API_SECRET: sandbox.credentials.apiSecret,
    INTELIQUENT_PRIVATE_KEY: sandbox.credentials.privateKey,
    UPSTREAM_CONCURRENCY: String(concurrency),
    LOG_LEVEL: 'silent',
  });
  const ttl = cache === 'off' ? { telephoneNumber: 0, order: 0, trunkGroups: 0 } : undefined;
  const gateway = await startGateway(config, createLogger('silent'), { cacheTtlMs: ttl });
  try {
    await control(sandbox.url, 'POST', '/latency', { ms: latencyMs });
    const run = async () => {
      const started = performance.now();
      const res = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return { ms: performance.now() - started, data: body.data };
    };
    let last: any;
    for (let i = 0; i < WARMUP; i++) last = (await run()).data;
    await control(sandbox.url, 'DELETE', '/calls');
    const timings: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) timings.push((await run()).ms);
    const calls = ((await control(sandbox.url, 'GET', '/calls')).calls as { operation: string }[]).filter(
      (c) => c.operation !== 'oauth2/token',
    );
    const callsByOperation: Record<string, number> = {};
    for (const c of calls) callsByOperation[c.operation] = (callsByOperation[c.operation] ?? 0) + 1;
    for (const op of Object.keys(callsByOperation)) callsByOperation[op] = +(callsByOperation[op]! / ITERATIONS).toFixed(2);
    timings.sort((a, b) => a - b);
    const orders = last.orders.edges.length as number;
    const numbers = last.orders.edges.reduce((n: number, e: any) => n + e.node.numbers.nodes.length, 0) as number;
    return {
      cache,
      latencyMs,
      concurrency,
      callsPerQuery: +(calls.length / ITERATIONS).toFixed(2),
      callsByOperation,
      p50: +percentile(timings, 50).toFixed(1),
      p99: +percentile(timings, 99).toFixed(1),
      orders,
      numbers,
    };
  } finally {
    await gateway.close();
    await sandbox.close();
  }
}

async function main() {
  const rows: Row[] = [];
  const runs = [
    ['off', 0, 8],
    ['off', 50, 8],
    ['off', 50, 16],
    ['on', 0, 8],
    ['on', 50, 8],
  ] as const;
  for (const [cache, latency, concurrency] of runs) {
    const row = await measure(cache, latency, concurrency);
    rows.push(row);
    process.stdout.write(
      `cache ${row.cache}, upstream latency ${row.latencyMs} ms, UPSTREAM_CONCURRENCY ${row.concurrency}: ${row.callsPerQuery} upstream calls/query ${JSON.stringify(row.callsByOperation)}, p50 ${row.p50} ms, p99 ${row.p99} ms\n`,
    );
  }
  const table = [
    `Nested query: ${rows[0]!.orders} orders → ${rows[0]!.numbers} numbers → trunk groups; ${ITERATIONS} runs each after ${WARMUP} warm-up runs; Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| read cache | injected upstream latency | `UPSTREAM_CONCURRENCY` | upstream calls / query | by operation | p50 | p99 |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.cache} | ${r.latencyMs} ms | ${r.concurrency} | ${r.callsPerQuery} | ${
          Object.entries(r.callsByOperation)
            .map(([op, n]) => `${op} ${n}`)
            .join(', ') || '—'
        } | ${r.p50} ms | ${r.p99} ms |`,
    ),
    '',
  ].join('\n');
  const file = process.argv.includes('--update') ? 'results.md' : 'results.local.md';
  writeFileSync(new URL(`./${file}`, import.meta.url.replace('/dist/bench/', '/bench/')), table);
  process.stdout.write(
    `\n${table}\nwritten to bench/${file}${file === 'results.md' ? '' : ' (npm run bench -- --update writes bench/results.md)'}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
