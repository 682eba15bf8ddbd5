/**
 * Relay-style connections over the carrier's page/size pagination.
 *
 * The carrier pages by number (1-based) and size. It also hands back a
 * `searchId`, but that is a scroll *iterator*: each use moves it on, so a
 * cursor carrying it would give a different page every time a client
 * retried or refetched (and the guide says it "is only effective for
 * size = 10000" anyway). Cursors here are therefore stateless: the item's
 * absolute offset plus a fingerprint of the query they came from. Reusing a
 * cursor gives the same window; using it with other filters is refused
 * instead of silently continuing the old search. A cursor also carries its
 * item's key: when items were added in front since (a new order in a
 * newest-first list), the cursor's item has moved into the next window, and
 * the window starts after it instead of repeating it — at no extra call. `first`/`after` are
 * translated to the one or two upstream pages that cover the window, so a
 * client may change `first` between requests.
 */
import { createHash } from 'node:crypto';
import { Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import { Issues } from './validation.js';
import { UserErrorCode } from './user-error.js';

@ObjectType({ description: 'Relay pagination state of a connection.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor?: string | null;
}

export interface CursorData {
  /** Absolute, 0-based offset of the item in the result set. */
  o: number;
  /** Fingerprint of the query (filters and sort) the item was read with. */
  q: string;
  /** Key of the item (e.g. its TN or order id), when the connection has one. */
  k?: string;
}

const CURSOR_PREFIX = 'c2:';
/**
 * No connection here holds more items than this; a larger offset is a forged
 * cursor and must not turn into an absurd carrier page number.
 */
const MAX_CURSOR_OFFSET = 10_000_000;

/** A short, stable fingerprint of a query's filters and sort. */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(query ?? null))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(data: CursorData): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(data), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorData | null {
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!text.startsWith(CURSOR_PREFIX)) return null;
    const data = JSON.parse(text.slice(CURSOR_PREFIX.length)) as Partial<CursorData>;
    if (!Number.isInteger(data.o) || (data.o as number) < 0 || (data.o as number) > MAX_CURSOR_OFFSET || typeof data.q !== 'string')
      return null;
    if (data.k !== undefined && typeof data.k !== 'string') return null;
    return { o: data.o as number, q: data.q, ...(data.k !== undefined ? { k: data.k } : {}) };
  } catch {
    return null;
  }
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface WindowLimits {
  defaultFirst: number;
  maxFirst: number;
}

/** The one page size of every connection: default 50, at most 500 (a larger `first` is BAD_USER_INPUT at ["first"]). */
export const PAGE_LIMITS: Readonly<WindowLimits> = Object.freeze({ defaultFirst: 50, maxFirst: 500 });

export interface ResolvedPageArgs {
  first: number;
  /** Offset of the first item wanted. */
  start: number;
  /** Fingerprint stamped on the window's cursors. */
  query: string;
  /** Key of the `after` cursor's item, when it has one. */
  afterKey?: string;
}

/**
 * Check first/after (issues are reported against `first`/`after`).
 * `connection` names the connection and `query` is everything besides
 * first/after that selects and orders its items (filters, sort, parent key):
 * a cursor is only valid for the same pair.
 */
export function checkPageArgs(issues: Issues, args: PageArgs, limits: WindowLimits, connection: string, query: unknown): ResolvedPageArgs {
  const first = args.first ?? limits.defaultFirst;
  issues.intRange(['first'], first, 1, limits.maxFirst);
  // The connection's name too: two connections can be asked with equal criteria.
  const fingerprint = queryFingerprint({ connection, query });
  let start = 0;
  let afterKey: string | undefined;
  if (args.after !== undefined && args.after !== null) {
    const cursor = decodeCursor(args.after);
    if (!cursor) {
      issues.add(['after'], UserErrorCode.INVALID, '`after` is not a cursor returned by this connection.');
    } else if (cursor.q !== fingerprint) {
      issues.add(
        ['after'],
        UserErrorCode.CONFLICT,
        '`after` belongs to another connection or to a query with other filters or sort; start again without it.',
      );
    } else {
      start = cursor.o + 1;
      afterKey = cursor.k;
    }
  }
  return { first, start, query: fingerprint, ...(afterKey !== undefined ? { afterKey } : {}) };
}

export interface Window<T> {
  items: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Read the window [start, start + first) through `fetchPage`, which receives
 * 1-based upstream page requests of size `first`. At most two upstream pages
 * are read (only when the window straddles a page boundary).
 *
 * `keyOf` names items in cursors. Normally the `after` item sits just before
 * the window; when items were added in front since (up to `first` of them),
 * it shows up inside the window instead, and the window is read again from
 * just after it: the page neither repeats items nor comes back short. (A
 * larger shift cannot be seen without reading ahead on every page, which
 * would double the calls; such a page repeats items.)
 */
export async function fetchWindow<T>(
  args: ResolvedPageArgs,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  keyOf?: (node: T) => string,
): Promise<Window<T>> {
  const { first: size, query } = args;
  let start = args.start;
  let read = await readWindow(start, size, fetchPage);
  if (keyOf && args.afterKey !== undefined) {
    const seen = read.nodes.findIndex((node) => keyOf(node) === args.afterKey);
    if (seen >= 0) {
      start += seen + 1;
      read = await readWindow(start, size, fetchPage);
    }
  }
  const { nodes, firstPage, lastPage } = read;
  const totalCount = firstPage.totalItems;
  const items = nodes.map((node, i) => ({
    node,
    cursor: encodeCursor({ o: start + i, q: query, ...(keyOf ? { k: keyOf(node) } : {}) }),
  }));
  const pageInfo = new PageInfo();
  const end = start + nodes.length;
  // totalItems is authoritative when the carrier sends it; totalPages is the fallback.
  pageInfo.hasNextPage = totalCount > 0 ? end < totalCount : lastPage.page < lastPage.totalPages;
  pageInfo.hasPreviousPage = start > 0;
  pageInfo.startCursor = items[0]?.cursor ?? null;
  pageInfo.endCursor = items[items.length - 1]?.cursor ?? null;
  return { items, pageInfo, totalCount };
}

/** The items [start, start + size) from one or two carrier pages of `size`. */
async function readWindow<T>(
  start: number,
  size: number,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<{ nodes: T[]; firstPage: Page<T>; lastPage: Page<T> }> {
  const pageIndex = Math.floor(start / size); // 0-based
  const skip = start - pageIndex * size;
  const firstPage = await fetchPage({ page: pageIndex + 1, size });
  let nodes = firstPage.items.slice(skip);
  let lastPage = firstPage;
  if (nodes.length < size && skip > 0 && firstPage.page < firstPage.totalPages) {
    const next = await fetchPage({ page: pageIndex + 2, size });
    nodes = nodes.concat(next.items);
    lastPage = next;
  }
  return { nodes: nodes.slice(0, size), firstPage, lastPage };
}

/** Window → a connection object of the given class (edges + nodes + pageInfo + totalCount). */
export function toConnection<TNode, C extends ConnectionShape<TNode>>(ConnectionClass: new () => C, window: Window<TNode>): C {
  const c = new ConnectionClass();
  c.edges = window.items.map(({ node, cursor }) => ({ node, cursor }));
  c.nodes = window.items.map(({ node }) => node);
  c.pageInfo = window.pageInfo;
  c.totalCount = window.totalCount;
  return c;
}

export interface ConnectionShape<TNode> {
  edges: { node: TNode; cursor: string }[];
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds `<Name>Edge` and `<Name>Connection` object types for a node type.
 * (type-graphql needs concrete classes per GraphQL type; this keeps them uniform.)
 */
export function ConnectionType<TNode extends object>(name: string, nodeType: () => ClassType<TNode>, what: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a connection of ${what}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${what.replace(/s$/, '')} at this edge.` })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}.` })
  class Connection implements ConnectionShape<TNode> {
    @Field(() => [Edge], { description: 'Edges with cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType()], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Total number of matching items, as reported by the carrier.' })
    totalCount!: number;
  }

  return Connection;
}

/** The carrier hands some lists over whole (no paging upstream): pages of such a list, read once, for `fetchWindow`. */
export function pagesOf<T>(all: readonly T[]): (request: PageRequest) => Promise<Page<T>> {
  return async ({ page = 1, size = all.length || 1 }) => ({
    items: all.slice((page - 1) * size, page * size),
    page,
    totalPages: Math.ceil(all.length / size),
    totalItems: all.length,
  });
}
