/**
 * GraphiQL for browsers, served from this process with no internet access:
 * the page and every asset come from installed packages (graphiql's UMD
 * bundle, React 18's UMD builds), never from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * URL path → file inside an installed package. Only these files are ever
 * served. Paths are joined to the package's folder because React's `exports`
 * map does not expose its UMD builds to require.resolve.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The installed package's folder: the nearest folder of its entry point that holds its package.json. */
function packageFolder(pkg: string): string {
  let folder = dirname(require.resolve(pkg));
  while (!folder.endsWith(`/node_modules/${pkg}`) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

const loaded = new Map<string, Buffer>();

export function graphiqlAsset(name: string): { body: Buffer; type: string } | undefined {
  const asset = ASSETS[name];
  if (!asset) return undefined;
  let body = loaded.get(name);
  if (!body) {
    body = readFileSync(join(packageFolder(asset.pkg), asset.file));
    loaded.set(name, body);
  }
  return { body, type: asset.type };
}

/** What GraphiQL opens with; a test runs it against the sandbox. */
export const EXAMPLE_QUERY = `# Welcome to the carrier gateway.
# Every TN links to its trunk group, its orders and back; try:
query FirstOrders {
  orders(first: 5) {
    totalCount
    edges {
      node {
        id
        status
        numbers(first: 10) {
          nodes {
            tn
            status
            trunkGroup { name }
          }
        }
      }
    }
  }
  trunkGroups { name }
}
`;

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Carrier gateway · GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_ASSET_PREFIX}graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${GRAPHIQL_ASSET_PREFIX}react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PREFIX}react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSET_PREFIX}graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, defaultEditorToolsVisibility: true })
    );
  </script>
</body>
</html>`;
}
