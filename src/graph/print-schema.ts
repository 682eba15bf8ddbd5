/**
 * Writes the subgraph SDL to schema/schema.graphql and the coverage report to
 * schema/COVERAGE.md (relative to the cwd, the repo root): `npm run schema`,
 * i.e. `node dist/src/graph/print-schema.js`. test/graph/schema-drift.test.ts
 * fails when either file and the code differ.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { coverageReport } from './coverage/coverage-report.js';
import { buildGatewaySchema, printGatewaySdl } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';
export const COVERAGE_FILE = 'schema/COVERAGE.md';

async function main(): Promise<void> {
  const target = resolve(process.cwd(), SCHEMA_FILE);
  const sdl = await printGatewaySdl();
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, sdl.endsWith('\n') ? sdl : `${sdl}\n`, 'utf8');
  process.stdout.write(`wrote ${target}\n`);
  const coverage = resolve(process.cwd(), COVERAGE_FILE);
  await writeFile(coverage, coverageReport(await buildGatewaySchema()), 'utf8');
  process.stdout.write(`wrote ${coverage}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
