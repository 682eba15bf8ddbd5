/**
 * Relay's Global Object Identification: every entity implements `Node` with
 * a stable `id`, so Apollo Client and Relay normalise their caches with no
 * configuration. An entity whose natural key is not an id gets the global
 * id base64url("Type:key"); `node(id:)` / `nodes(ids:)` decode it and
 * resolve the entity through the reference resolver of the domain that
 * declared it (`DomainModule.nodeKeys`), i.e. through the same batched
 * loaders as every other field.
 */
import { Arg, Ctx, Field, ID, InterfaceType, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from './context.js';
import type { DomainModule } from './domain-module.js';
import { describe } from './description.js';
import { Issues } from './validation.js';
import { UserErrorCode } from './user-error.js';

/** Which type each entity `node` returned is; set by the root fields below, read by `Node`'s resolveType. */
const resolvedTypes = new WeakMap<object, string>();

@InterfaceType({
  description: 'An entity with a stable, globally unique `id`: fetch it again with `node(id:)`, and let client caches key it by `id`.',
  resolveType: (value: object) => resolvedTypes.get(value) ?? value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable global id of this entity; opaque, except that an order id is the carrier order id itself.' })
  id!: string;
}

/** Carrier order ids are all digits, and `Order.id` is that id itself (its federation key). */
const BARE_ORDER_ID = /^\d+$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** The global id of an entity whose natural key is not an id: base64url("Type:key"). */
export function globalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** A global id → its type and key; a bare all-digits id is an Order. Null when it is neither. */
export function fromGlobalId(id: string): { type: string; key: string } | null {
  if (BARE_ORDER_ID.test(id)) return { type: 'Order', key: id };
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 1) return null;
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  // Only the canonical encoding of a "Type:key" text is an id (no lookalikes, no padding variants).
  if (!TYPE_NAME.test(type) || key === '' || globalId(type, key) !== id) return null;
  return { type, key };
}

/** The most ids one `nodes` call takes: a connection page's maximum. */
export const MAX_NODE_IDS = 500;

type NodeLookup = (id: string, ctx: GatewayContext) => Promise<unknown>;

/** id → entity (null when unknown), through the reference resolver of the domain that declared the type. */
export function nodeLookup(domains: readonly DomainModule[]): NodeLookup {
  const byType = new Map<string, { key: string; resolve: DomainModule['references'][string] }>();
  for (const domain of domains) {
    for (const [type, key] of Object.entries(domain.nodeKeys ?? {})) {
      const resolve = domain.references[type];
      if (!resolve) throw new Error(`Domain ${domain.name} declares node type ${type} without a reference resolver.`);
      byType.set(type, { key, resolve });
    }
  }
  return async (id, ctx) => {
    const decoded = fromGlobalId(id);
    const entry = decoded && byType.get(decoded.type);
    if (!decoded || !entry) return null;
    const entity = await entry.resolve({ __typename: decoded.type, [entry.key]: decoded.key }, ctx);
    if (entity === null || entity === undefined || typeof entity !== 'object') return null;
    resolvedTypes.set(entity, decoded.type);
    return entity;
  };
}

/** The root fields `node` and `nodes`, over the given domains. */
export function createNodeResolver(domains: readonly DomainModule[]): new () => object {
  const lookup = nodeLookup(domains);

  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description: describe(
        'Any entity by its `id`; null when no entity has this id (also for an id that is not one of ours). ' +
          'Costs the same as asking for the entity by its own field.',
      ),
    })
    async node(@Arg('id', () => ID, { description: 'The `id` of an entity.' }) id: string, @Ctx() ctx: GatewayContext): Promise<unknown> {
      return lookup(id, ctx);
    }

    @Query(() => [Node], {
      nullable: 'itemsAndList',
      description: describe(
        `Entities by their \`id\`, in the order asked, null where none has that id. At most ${MAX_NODE_IDS} ids; ` +
          'ids of one type are read together in batches.',
      ),
    })
    async nodes(
      @Arg('ids', () => [ID], { description: `The ids, at most ${MAX_NODE_IDS}.` }) ids: string[],
      @Ctx() ctx: GatewayContext,
    ): Promise<unknown[]> {
      const issues = new Issues();
      if (ids.length > MAX_NODE_IDS) {
        issues.add(['ids'], UserErrorCode.TOO_LONG, `ids must have at most ${MAX_NODE_IDS} items (got ${ids.length}).`);
      }
      issues.throwIfAny();
      return Promise.all(ids.map((id) => lookup(id, ctx)));
    }
  }
  return NodeResolver;
}
