import { describe, expect, it } from 'vitest';
import { checkPageArgs, decodeCursor, encodeCursor, fetchWindow, queryFingerprint } from '../../../src/graph/common/connection.js';
import { Issues } from '../../../src/graph/common/validation.js';
import type { Page, PageRequest } from '../../../src/upstream/shared/page.js';

const data = Array.from({ length: 25 }, (_, i) => i);
const LIMITS = { defaultFirst: 10, maxFirst: 100 };
const QUERY = { criteria: { province: 'IL' }, sort: {} };

function pager(requests: PageRequest[]) {
  return async (req: PageRequest): Promise<Page<number>> => {
    requests.push(req);
    const size = req.size!;
    const page = req.page!;
    return {
      items: data.slice((page - 1) * size, page * size),
      page,
      totalPages: Math.ceil(data.length / size),
      totalItems: data.length,
      searchId: 'SID',
    };
  };
}

/** A newest-first list (100, 99, …) paged like the carrier, to which newer items can be added in front. */
function newestFirst() {
  let list = Array.from({ length: 10 }, (_, i) => 100 - i);
  const pages = async (req: PageRequest): Promise<Page<number>> => ({
    items: list.slice((req.page! - 1) * req.size!, req.page! * req.size!),
    page: req.page!,
    totalPages: Math.ceil(list.length / req.size!),
    totalItems: list.length,
  });
  return { pages, key: (n: number) => String(n), addInFront: (...items: number[]) => void (list = [...items, ...list]) };
}

function resolve(after: string | null, first = 10, query: unknown = QUERY) {
  const issues = new Issues();
  const args = checkPageArgs(issues, { first, after }, LIMITS, 'numbers', query);
  return { args, issues };
}

describe('connections over carrier pages', () => {
  it('cursors round-trip and garbage is refused', () => {
    expect(decodeCursor(encodeCursor({ o: 9, q: 'abc' }))).toEqual({ o: 9, q: 'abc' });
    expect(decodeCursor('garbage')).toBeNull();
    expect(resolve('garbage').issues.list.map((i) => i.code)).toEqual(['INVALID']);
  });

  it('walks pages with first/after by page number, never forwarding the searchId iterator', async () => {
    const requests: PageRequest[] = [];
    const first = await fetchWindow(resolve(null).args, pager(requests));
    expect(first.items.map((i) => i.node)).toEqual(data.slice(0, 10));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await fetchWindow(resolve(first.pageInfo.endCursor!).args, pager(requests));
    expect(second.items.map((i) => i.node)).toEqual(data.slice(10, 20));
    const third = await fetchWindow(resolve(second.pageInfo.endCursor!).args, pager(requests));
    expect(third.items.map((i) => i.node)).toEqual(data.slice(20));
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(25);
    expect(requests).toEqual([
      { page: 1, size: 10 },
      { page: 2, size: 10 },
      { page: 3, size: 10 },
    ]);
  });

  it('the same cursor gives the same window every time', async () => {
    const first = await fetchWindow(resolve(null).args, pager([]));
    const again = await fetchWindow(resolve(first.pageInfo.endCursor!).args, pager([]));
    const onceMore = await fetchWindow(resolve(first.pageInfo.endCursor!).args, pager([]));
    expect(onceMore.items).toEqual(again.items);
  });

  it('a cursor from another query (other filters or sort) is refused, not continued', () => {
    const cursor = encodeCursor({ o: 4, q: queryFingerprint({ connection: 'numbers', query: QUERY }) });
    expect(resolve(cursor).issues.ok).toBe(true);
    const other = resolve(cursor, 10, { criteria: { province: 'TX' }, sort: {} });
    expect(other.issues.list.map((i) => [i.path, i.code])).toEqual([[['after'], 'CONFLICT']]);
    expect(other.args.start).toBe(0);
  });

  it("items added in front since the cursor: the window starts after the cursor's item instead of repeating it", async () => {
    const { pages, key, addInFront } = newestFirst();
    const first = await fetchWindow(resolve(null, 3).args, pages, key);
    expect(first.items.map((i) => i.node)).toEqual([100, 99, 98]);
    addInFront(102, 101); // two new orders
    const next = await fetchWindow(resolve(first.pageInfo.endCursor!, 3).args, pages, key);
    expect(next.items.map((i) => i.node)).toEqual([97, 96, 95]); // 99 and 98 not repeated, the page full
    expect(next.pageInfo.hasNextPage).toBe(true);
    const after = await fetchWindow(resolve(next.pageInfo.endCursor!, 3).args, pages, key);
    expect(after.items.map((i) => i.node)).toEqual([94, 93, 92]);
  });

  it('as many items added in front as the page holds: the next page is still full, not empty', async () => {
    const { pages, key, addInFront } = newestFirst();
    const first = await fetchWindow(resolve(null, 2).args, pages, key);
    addInFront(102, 101);
    const next = await fetchWindow(resolve(first.pageInfo.endCursor!, 2).args, pages, key);
    expect(next.items.map((i) => i.node)).toEqual([98, 97]);
    expect(next.pageInfo.endCursor).not.toBeNull();
  });

  it('refuses a forged cursor with an absurd offset, and a cursor of another connection with equal criteria', () => {
    expect(
      resolve(encodeCursor({ o: 9e15, q: queryFingerprint({ connection: 'numbers', query: QUERY }) })).issues.list.map((i) => i.code),
    ).toEqual(['INVALID']);
    const issues = new Issues();
    checkPageArgs(
      issues,
      { first: 2, after: encodeCursor({ o: 1, q: queryFingerprint({ connection: 'numbers', query: QUERY }) }) },
      LIMITS,
      'orders',
      QUERY,
    );
    expect(issues.list.map((i) => i.code)).toEqual(['CONFLICT']);
  });

  it('a changed page size straddling pages reads two carrier pages', async () => {
    const requests: PageRequest[] = [];
    const cursor = encodeCursor({ o: 6, q: queryFingerprint({ connection: 'numbers', query: QUERY }) });
    const w = await fetchWindow(resolve(cursor, 5).args, pager(requests));
    expect(w.items.map((i) => i.node)).toEqual([7, 8, 9, 10, 11]);
    expect(requests).toEqual([
      { page: 2, size: 5 },
      { page: 3, size: 5 },
    ]);
  });
});
