// ESLint (flat config): typescript-eslint's recommended rules, and the import boundaries between layers.
import { dirname, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Folders of src/graph and src/upstream (and src/sandbox) that every domain may use; any other folder there is a domain. */
const SHARED_FOLDERS = new Set(['common', 'core', 'wire', 'shared']);
const DOMAIN_LAYERS = new Set(['graph', 'upstream', 'sandbox']);
/**
 * In src/sandbox every folder is a domain and the top-level files are shared; of those, only the list of domains
 * imports a domain (server, control and lifecycle iterate it).
 */
const DOMAIN_LISTS = new Set(['src/sandbox/domains.ts']);

/** Which layers each layer must not import. */
const FORBIDDEN_LAYERS = {
  graph: ['sandbox'],
  upstream: ['graph', 'server'],
  sandbox: ['upstream', 'graph', 'server'],
};

/**
 * Where a path sits: its layer (the folder under src/) and, for graph, upstream and sandbox, the folder under the
 * layer when the path is inside one. Works on paths alone, so it needs neither a resolver nor the files to exist.
 */
function place(path) {
  const parts = relative(ROOT, path).split(/[\\/]/);
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  const layer = parts[1];
  const inFolder = parts.length > 3 || !posix.extname(parts[2]);
  const folder = DOMAIN_LAYERS.has(layer) && inFolder ? parts[2] : undefined;
  const topLevelShared = layer === 'sandbox' && !inFolder && !DOMAIN_LISTS.has(parts.join('/'));
  return {
    layer,
    folder,
    where: topLevelShared ? parts.join('/') : `src/${layer}/${folder}`,
    shared: topLevelShared || (folder !== undefined && SHARED_FOLDERS.has(folder)),
    domain: folder !== undefined && !SHARED_FOLDERS.has(folder),
  };
}

function violation(from, to) {
  if (FORBIDDEN_LAYERS[from.layer]?.includes(to.layer)) return `src/${from.layer} must not import src/${to.layer}`;
  if (from.shared && to.domain)
    return `${from.where} is shared by every domain and must not import the domain folder src/${to.layer}/${to.folder}`;
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

/** Carrier prefixes that must not reach the schema (docs/SCHEMA-CONVENTIONS.md, Names); a deprecated former name may keep one. */
const CARRIER_PREFIX = /^(orig|tf)[A-Z]/;
const isDeprecated = (node) => (node.directives ?? []).some((d) => d.name.value === 'deprecated');

const noCarrierPrefixes = {
  meta: { type: 'problem', docs: { description: 'No carrier prefixes (orig, tf) in field, argument and input names' }, schema: [] },
  create(context) {
    const check = (node) => {
      if (CARRIER_PREFIX.test(node.name.value) && !isDeprecated(node))
        context.report({ node: node.name, message: `"${node.name.value}" carries a carrier prefix: name it in the frontend's words.` });
    };
    return { FieldDefinition: check, InputValueDefinition: check };
  },
};

const capitalise = (name) => name.charAt(0).toUpperCase() + name.slice(1);
// graphql-eslint's AST keeps a field's GraphQL type in `gqlType` (`type` is the ESTree node type).
const namedType = (type) => (type.gqlType ? namedType(type.gqlType) : type.name.value);

/** Every mutation: one `input` argument, a `<Mutation>Payload` with `userErrors` (docs/SCHEMA-CONVENTIONS.md, Mutations). */
const mutationPayloads = {
  meta: { type: 'problem', docs: { description: 'Mutations take `input` and return a `<Mutation>Payload` with `userErrors`' }, schema: [] },
  create(context) {
    return {
      Document(document) {
        const objects = new Map(document.definitions.filter((d) => d.kind === 'ObjectTypeDefinition').map((d) => [d.name.value, d]));
        for (const field of objects.get('Mutation')?.fields ?? []) {
          const payload = namedType(field.gqlType);
          if (payload !== `${capitalise(field.name.value)}Payload`)
            context.report({ node: field.name, message: `${field.name.value} must return ${capitalise(field.name.value)}Payload.` });
          else if (!objects.get(payload)?.fields?.some((f) => f.name.value === 'userErrors'))
            context.report({ node: field.name, message: `${payload} must have userErrors.` });
          if (field.arguments?.length !== 1 || field.arguments[0].name.value !== 'input')
            context.report({ node: field.name, message: `${field.name.value} must take one argument, input.` });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'schema/*', '!schema/schema.graphql', 'test/generated/'],
  },
  // The committed SDL, checked against docs/SCHEMA-CONVENTIONS.md.
  {
    files: ['schema/schema.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } } },
    plugins: {
      '@graphql-eslint': graphqlPlugin,
      conventions: { rules: { 'no-carrier-prefixes': noCarrierPrefixes, 'mutation-payloads': mutationPayloads } },
    },
    rules: {
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
          allowLeadingUnderscore: true,
        },
      ],
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/input-name': ['error', { checkInputType: false, checkMutations: true, checkQueries: false }],
      'conventions/no-carrier-prefixes': 'error',
      'conventions/mutation-payloads': 'error',
    },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['**/*.{ts,js,mjs}'] })),
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
