// ESLint (flat config): typescript-eslint's recommended rules, and the import boundaries between layers.
import { dirname, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Folders of src/graph and src/upstream that every domain may use; any other folder there is a domain. */
const SHARED_FOLDERS = new Set(['common', 'core', 'wire', 'shared']);
const DOMAIN_LAYERS = new Set(['graph', 'upstream']);

/** Which layers each layer must not import. */
const FORBIDDEN_LAYERS = {
  graph: ['sandbox'],
  upstream: ['graph', 'server'],
  sandbox: ['upstream', 'graph', 'server'],
};

/**
 * Where a path sits: its layer (the folder under src/) and, for graph and upstream, the folder under the layer
 * when the path is inside one. Works on paths alone, so it needs neither a resolver nor the files to exist.
 */
function place(path) {
  const parts = relative(ROOT, path).split(/[\\/]/);
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  const layer = parts[1];
  const inFolder = parts.length > 3 || !posix.extname(parts[2]);
  const folder = DOMAIN_LAYERS.has(layer) && inFolder ? parts[2] : undefined;
  return {
    layer,
    folder,
    shared: folder !== undefined && SHARED_FOLDERS.has(folder),
    domain: folder !== undefined && !SHARED_FOLDERS.has(folder),
  };
}

function violation(from, to) {
  if (FORBIDDEN_LAYERS[from.layer]?.includes(to.layer)) return `src/${from.layer} must not import src/${to.layer}`;
  if (from.shared && to.domain)
    return `src/${from.layer}/${from.folder} is shared by every domain and must not import the domain folder src/${to.layer}/${to.folder}`;
  return undefined;
}

const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports within the layer boundaries of ARCHITECTURE.md' },
    schema: [],
    messages: { forbidden: '{{why}}' },
  },
  create(context) {
    const from = place(context.filename);
    if (!from) return {};
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = place(resolve(dirname(context.filename), source.value));
      const why = to && violation(from, to);
      if (why) context.report({ node: source, messageId: 'forbidden', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'schema/', 'test/generated/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { layers: { rules: { boundaries: layerBoundaries } } },
    rules: {
      'layers/boundaries': 'error',
      // Leading underscores mark what a signature must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests and the benchmark assert a value's presence before using it, and read loosely typed GraphQL and carrier bodies.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
