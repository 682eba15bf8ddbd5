/**
 * The federated subgraph schema.
 *
 * type-graphql builds the code-first schema from the domain modules'
 * resolver classes (listed explicitly in domains.ts — no globs); its SDL,
 * printed WITH directives so the @key and @shareable usages survive, gets the Federation 2 @link and is rebuilt by
 * @apollo/subgraph with type-graphql's resolver map plus __resolveReference
 * per entity (each going through the same batched loaders as queries).
 */
import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { GatewayContext } from './common/context.js';
import type { ClassType } from './common/domain-module.js';
import { createNodeResolver } from './common/node.js';
import { DOMAINS } from './domains.js';

const RESOLVERS = [createNodeResolver(DOMAINS), ...DOMAINS.flatMap((domain) => domain.resolvers)] as unknown as NonEmptyArray<ClassType>;

/** Every federation directive the types use must be imported here. */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

type Resolvers = Record<string, Record<string, unknown>>;

async function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Entities are reachable from queries anyway; listed so they stay in the
    // schema even if a query is removed (other subgraphs reference them).
    orphanedTypes: DOMAINS.flatMap((domain) => domain.orphanedTypes),
    // @key/@shareable are not defined until @apollo/subgraph adds them.
    skipCheck: true,
  });
}

let built: Promise<GraphQLSchema> | undefined;

/** The federated subgraph schema (built once; call at start-up). */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    const codeFirst = await buildTypeGraphqlSchema();
    const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(describeRootTypes(codeFirst))}`);
    const resolvers = createResolversMap(codeFirst) as Resolvers;
    for (const domain of DOMAINS) {
      for (const [typeName, resolveReference] of Object.entries(domain.references)) {
        const __resolveReference = (ref: Record<string, unknown>, ctx: GatewayContext) => resolveReference(ref, ctx);
        resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference };
      }
    }
    return restoreEnumDefaults(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }));
  })();
  return built;
}

/** type-graphql cannot describe the root types; they are the first thing GraphiQL's docs show. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description =
      'Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). ' +
      'Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail."';
  }
  if (mutation) {
    mutation.description =
      'Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. ' +
      'Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried.';
  }
  return schema;
}

/**
 * Rebuilding from SDL computes an enum default (`direction: SortDirection =
 * ASC`) before the resolver map gives the enum its internal values, so the
 * default would reach resolvers as the name "ASC" while an explicit ASC
 * arrives as "asc". Map such defaults to the internal value once, here, so
 * every resolver sees one representation.
 */
function restoreEnumDefaults(schema: GraphQLSchema): GraphQLSchema {
  const fix = (slot: GraphQLArgument | GraphQLInputField) => {
    const type = getNamedType(slot.type);
    if (!isEnumType(type) || slot.defaultValue === undefined) return;
    const toInternal = (v: unknown) => (typeof v === 'string' ? (type.getValue(v)?.value ?? v) : v);
    (slot as { defaultValue: unknown }).defaultValue = Array.isArray(slot.defaultValue)
      ? slot.defaultValue.map(toInternal)
      : toInternal(slot.defaultValue);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) field.args.forEach(fix);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach(fix);
  }
  return schema;
}

/** The subgraph SDL (with @key/@link), as the router and the committed schema file see it. */
export async function printGatewaySdl(schema?: GraphQLSchema): Promise<string> {
  return printSubgraphSchema(schema ?? (await buildGatewaySchema()));
}
