/**
 * GraphiQL for browsers, served from this process with no internet access:
 * the page and every asset come from installed packages (graphiql's UMD
 * bundle, React 18's UMD builds), never from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** URL path → installed file. Only these files are ever served. */
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.production.min.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

const loaded = new Map<string, Buffer>();

export function graphiqlAsset(name: string): { body: Buffer; type: string } | undefined {
  const asset = ASSETS[name];
  if (!asset) return undefined;
  let body = loaded.get(name);
  if (!body) {
    body = readFileSync(require.resolve(asset.module));
    loaded.set(name, body);
  }
  return { body, type: asset.type };
}

const EXAMPLE_QUERY = `# Welcome to the carrier gateway.
# Every TN links to its trunk group, its orders and back; try:
query FirstOrders {
  orders(first: 5) {
    totalCount
    edges {
      node {
        id
        status
        numbers {
          tn
          status
          trunkGroup { name }
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
