/**
 * Writes the subgraph SDL to schema/schema.graphql (relative to the cwd, the
 * repo root): `npm run schema`, i.e. `node dist/src/graph/print-schema.js`.
 * test/graph/schema-drift.test.ts fails when the file and the code differ.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { printGatewaySdl } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';

async function main(): Promise<void> {
  const target = resolve(process.cwd(), SCHEMA_FILE);
  const sdl = await printGatewaySdl();
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, sdl.endsWith('\n') ? sdl : `${sdl}\n`, 'utf8');
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
