/**
 * The import boundaries of eslint.config.js, run through ESLint's Node API on
 * in-memory snippets: the file paths are made up, so these cases hold whatever
 * the folders under src/ are today (domains are derived, not listed).
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.js';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary problems ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'layers/boundaries').map((m) => m.message);
}

const forbidden: [file: string, specifier: string, message: RegExp][] = [
  ['src/graph/numbers/resolver.ts', '../../sandbox/index.js', /src\/graph must not import src\/sandbox/],
  ['src/graph/common/context.ts', '../../sandbox/store.js', /src\/graph must not import src\/sandbox/],
  ['src/graph/schema.ts', '../sandbox/index.js', /src\/graph must not import src\/sandbox/],
  ['src/upstream/numbers/tn-detail.ts', '../../graph/common/errors.js', /src\/upstream must not import src\/graph/],
  ['src/upstream/core/transport.ts', '../../server/health.js', /src\/upstream must not import src\/server/],
  ['src/upstream/define.ts', '../graph/schema.js', /src\/upstream must not import src\/graph/],
  ['src/sandbox/numbers/tn-detail.ts', '../../upstream/define.js', /src\/sandbox must not import src\/upstream/],
  ['src/sandbox/server.ts', '../graph/schema.js', /src\/sandbox must not import src\/graph/],
  ['src/sandbox/orders/order-detail.ts', '../../server/http-server.js', /src\/sandbox must not import src\/server/],
  ['src/graph/common/context.ts', '../numbers/index.js', /src\/graph\/common .* must not import the domain folder src\/graph\/numbers/],
  ['src/graph/common/connections/args.ts', '../../orders/loaders.js', /domain folder src\/graph\/orders/],
  ['src/graph/common/context.ts', '../billing/index.js', /domain folder src\/graph\/billing/],
  ['src/graph/common/errors.ts', '../../upstream/numbers/tn-detail.js', /domain folder src\/upstream\/numbers/],
  ['src/upstream/core/envelope.ts', '../numbers/tn-detail.js', /src\/upstream\/core .* domain folder src\/upstream\/numbers/],
  ['src/upstream/wire/tn.ts', '../trunk-groups/index.js', /src\/upstream\/wire .* domain folder src\/upstream\/trunk-groups/],
  ['src/upstream/shared/end-user.ts', '../orders/order-detail.js', /src\/upstream\/shared .* domain folder src\/upstream\/orders/],
  ['src/sandbox/lifecycle.ts', './port-in/shared/port-lifecycle.js', /src\/sandbox\/lifecycle\.ts .* domain folder src\/sandbox\/port-in/],
  ['src/sandbox/control.ts', './port-outs/control.js', /src\/sandbox\/control\.ts .* domain folder src\/sandbox\/port-outs/],
  ['src/sandbox/server.ts', './health/index.js', /src\/sandbox\/server\.ts .* domain folder src\/sandbox\/health/],
  ['src/sandbox/store.ts', './billing/index.js', /src\/sandbox\/store\.ts .* domain folder src\/sandbox\/billing/],
];

const allowed: [file: string, specifier: string][] = [
  ['src/graph/numbers/resolver.ts', '../common/errors.js'],
  ['src/graph/numbers/resolver.ts', '../../upstream/index.js'],
  ['src/graph/numbers/resolver.ts', '../orders/index.js'],
  ['src/graph/domains.ts', './numbers/index.js'],
  ['src/graph/schema.ts', './common/scalars.js'],
  ['src/graph/common/context.ts', './loaders.js'],
  ['src/graph/common/context.ts', '../../upstream/core/errors.js'],
  ['src/graph/common/context.ts', 'graphql'],
  ['src/upstream/numbers/tn-detail.ts', '../define.js'],
  ['src/upstream/numbers/tn-detail.ts', '../wire/tn.js'],
  ['src/upstream/numbers/tn-detail.ts', '../shared/end-user.js'],
  ['src/upstream/numbers/index.ts', './tn-detail.js'],
  ['src/upstream/core/transport.ts', '../wire/tn.js'],
  ['src/upstream/core/transport.ts', 'got'],
  ['src/sandbox/numbers/tn-detail.ts', '../store.js'],
  ['src/sandbox/orders/order-update.ts', '../port-in/shared/port-lifecycle.js'],
  ['src/sandbox/domains.ts', './numbers/index.js'],
  ['src/sandbox/lifecycle.ts', './domains.js'],
  ['src/sandbox/server.ts', './domain.js'],
  ['src/server/apollo-bridge.ts', '../graph/schema.js'],
  ['src/gateway.ts', './sandbox/index.js'],
  ['test/e2e/numbers/telephone-number.e2e.test.ts', '../../../src/sandbox/index.js'],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(forbidden)('%s importing %s is reported', async (file, specifier, message) => {
    const problems = await boundaryProblems(file, `import '${specifier}';\n`);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it.each(allowed)('%s importing %s is allowed', async (file, specifier) => {
    expect(await boundaryProblems(file, `import '${specifier}';\n`)).toEqual([]);
  });

  it('every form of import is checked: named, type-only, re-export, export *, dynamic', async () => {
    const code = [
      "import { a } from '../numbers/index.js';",
      "import type { B } from '../orders/types.js';",
      "export { c } from '../numbers/c.js';",
      "export * from '../trunk-groups/index.js';",
      "export const load = () => import('../orders/loaders.js');",
      'export type T = B;',
      'void a;',
    ].join('\n');
    expect(await boundaryProblems('src/graph/common/context.ts', code)).toHaveLength(5);
  });
});
