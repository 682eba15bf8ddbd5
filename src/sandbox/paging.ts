import type { SandboxState } from './store.js';
import { isObject, readStr, type Json } from './wire.js';

/**
 * Default page size when pageSort.size is not sent. The guide does not state one; 100 keeps
 * responses small and makes clients that ignore pagination visibly incomplete.
 */
export const DEFAULT_PAGE_SIZE = 100;
/** "It is only effective for size = 10000" (L880): the largest page we serve. */
export const MAX_PAGE_SIZE = 10000;

export interface SortSpec {
  property: string | undefined;
  direction: 'asc' | 'desc';
}

export interface Page {
  keys: string[];
  fields: { page: string; totalPages: string; totalItems: string; searchId: string };
}

export function readSort(body: Json, allowed: readonly string[]): SortSpec | string {
  const ps = isObject(body['pageSort']) ? body['pageSort'] : {};
  const property = readStr(ps['property']);
  const direction = (readStr(ps['direction']) ?? 'asc').toLowerCase();
  if (property !== undefined && !allowed.includes(property)) return `pageSort.property must be one of ${allowed.join(', ')}`;
  if (direction !== 'asc' && direction !== 'desc') return 'pageSort.direction must be asc or desc';
  return { property, direction };
}

/**
 * Pagination with the guide's scroll semantics (L880): a valid `searchId` (read from pageSort,
 * where the examples put it, or from the top level) continues the previous search with the same
 * size/sort and serves the next page of the frozen result set; page/size sent alongside it are
 * ignored ("you don't have to send other parameters"). Without a valid searchId a new search is
 * run and a new searchId returned. An unknown searchId is ignored ("Scroll will be enabled, only if
 * you send valid searchId value").
 *
 * `search` returns the full, sorted key list, or a Reply-like error string.
 */
export function paginate(
  state: SandboxState,
  operation: string,
  body: Json,
  search: () => string[],
): Page | string {
  const ps = isObject(body['pageSort']) ? body['pageSort'] : {};
  const existing = state.cursor(ps['searchId'] ?? body['searchId'], operation);
  let searchId: string;
  let page: number;
  let size: number;
  let keys: string[];
  if (existing) {
    searchId = existing.id;
    size = existing.cursor.size;
    page = existing.cursor.lastPage + 1;
    keys = existing.cursor.keys;
    existing.cursor.lastPage = page;
  } else {
    const rawSize = ps['size'] === undefined ? DEFAULT_PAGE_SIZE : Number(ps['size']);
    const rawPage = ps['page'] === undefined ? 1 : Number(ps['page']);
    if (!Number.isInteger(rawSize) || rawSize < 1) return 'pageSort.size must be a positive integer';
    if (!Number.isInteger(rawPage) || rawPage < 1) return 'pageSort.page must be a positive integer';
    size = Math.min(rawSize, MAX_PAGE_SIZE);
    page = rawPage;
    keys = search();
    searchId = state.createCursor(operation, keys, size);
    const created = state.cursor(searchId, operation);
    if (created) created.cursor.lastPage = page;
  }
  const totalPages = Math.max(1, Math.ceil(keys.length / size));
  return {
    keys: keys.slice((page - 1) * size, page * size),
    fields: { page: String(page), totalPages: String(totalPages), totalItems: String(keys.length), searchId },
  };
}

export function compareBy<T>(get: (t: T) => string, direction: 'asc' | 'desc', tie: (t: T) => string) {
  const sign = direction === 'desc' ? -1 : 1;
  return (a: T, b: T): number => {
    const c = get(a).localeCompare(get(b));
    return c !== 0 ? sign * c : tie(a).localeCompare(tie(b));
  };
}
