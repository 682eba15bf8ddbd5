/**
 * The typed documents in test/generated/ match codegen.yml, the committed SDL
 * and the operations in test/operations/: run `npm run codegen` when this fails.
 */
import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

describe('GraphQL Code Generator output', () => {
  it('is up to date', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: `${ROOT}codegen.yml` });
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(`${ROOT}${output.filename}`, 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);
});
