/**
 * Fails when schema/schema.graphql (the committed subgraph SDL) differs from
 * what the code builds. Regenerate with `npm run schema`
 * (node dist/src/graph/print-schema.js) or `UPDATE_SCHEMA=1 npx vitest run test/graph/schema-drift.test.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../src/graph/coverage/coverage-report.js';
import { buildGatewaySchema, printGatewaySdl } from '../../src/graph/schema.js';

const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
const COVERAGE_FILE = resolve(dirname(SCHEMA_FILE), 'COVERAGE.md');
const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

describe('schema drift', () => {
  it('schema/schema.graphql matches the code', async () => {
    const sdl = withNewline(await printGatewaySdl());
    if (process.env.UPDATE_SCHEMA === '1') {
      mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, sdl, 'utf8');
    }
    expect(existsSync(SCHEMA_FILE), `${SCHEMA_FILE} is missing: run npm run schema`).toBe(true);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/schema.graphql is out of date: run npm run schema').toBe(sdl);
  });

  it('schema/COVERAGE.md matches the schema', async () => {
    const report = coverageReport(await buildGatewaySchema());
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COVERAGE_FILE, report, 'utf8');
    expect(existsSync(COVERAGE_FILE), `${COVERAGE_FILE} is missing: run npm run schema`).toBe(true);
    expect(readFileSync(COVERAGE_FILE, 'utf8'), 'schema/COVERAGE.md is out of date: run npm run schema').toBe(report);
  });

  it('every operation the gateway calls upstream is named by some field', async () => {
    const { fieldsByOperation } = await import('../../src/graph/coverage/coverage-report.js');
    const named = fieldsByOperation(await buildGatewaySchema());
    for (const operation of [
      'tnInventory',
      'tnInventoryCoverage',
      'tnReserve',
      'tnRelease',
      'tnReservedList',
      'tnOrder',
      'tnAssignedList',
      'tnDetail',
      'tnUpdate',
      'tnFeatureOrder',
      'portOutPinUpdate',
      'tnNoteUpdate',
      'tnDisconnect',
      'orderList',
      'orderDetail',
      'orderCancel',
      'orderAddNote',
      'orderNote',
      'excludedTnList',
      'trunkGroupSearchAssigned',
    ]) {
      expect(named.get(operation), operation).toBeDefined();
    }
  });
});
