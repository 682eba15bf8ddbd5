import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, fetchWindow } from '../../src/graph/common/connection.js';
import type { Page, PageRequest } from '../../src/upstream/model.js';

const data = Array.from({ length: 25 }, (_, i) => i);
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

describe('connections over carrier pages', () => {
  it('cursors round-trip and garbage is refused', () => {
    expect(decodeCursor(encodeCursor({ o: 9, s: 10, sid: 'x' }))).toEqual({ o: 9, s: 10, sid: 'x' });
    expect(decodeCursor('garbage')).toBeNull();
  });

  it('walks pages with first/after, forwarding searchId only for the aligned next page', async () => {
    const requests: PageRequest[] = [];
    const first = await fetchWindow({ first: 10, start: 0, cursor: null }, pager(requests));
    expect(first.items.map((i) => i.node)).toEqual(data.slice(0, 10));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const cursor = decodeCursor(first.pageInfo.endCursor!)!;
    const second = await fetchWindow({ first: 10, start: cursor.o + 1, cursor }, pager(requests));
    expect(second.items.map((i) => i.node)).toEqual(data.slice(10, 20));
    expect(requests[1]).toEqual({ page: 2, size: 10, searchId: 'SID' });
    const c2 = decodeCursor(second.pageInfo.endCursor!)!;
    const third = await fetchWindow({ first: 10, start: c2.o + 1, cursor: c2 }, pager(requests));
    expect(third.items.map((i) => i.node)).toEqual(data.slice(20));
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(25);
  });

  it('a changed page size straddling pages reads two carrier pages, without searchId', async () => {
    const requests: PageRequest[] = [];
    const cursor = { o: 6, s: 7, sid: 'SID' };
    const w = await fetchWindow({ first: 5, start: 7, cursor }, pager(requests));
    expect(w.items.map((i) => i.node)).toEqual([7, 8, 9, 10, 11]);
    expect(requests).toEqual([{ page: 2, size: 5 }, { page: 3, size: 5, searchId: 'SID' }]);
  });
});
